package vn.danhgia.decision;

/**
 * Where a cadre's quarterly rating (xếp loại chất lượng quý) stands, seed 002 §4 Bước 4–6.
 */
public enum RatingStatus {
    /** The unit head proposed a level (đề xuất); the authority has not decided yet. */
    PROPOSED,
    /** The competent authority decided the level (quyết định xếp loại). */
    DECIDED,
    /**
     * The cadre is managed by a higher authority (e.g. "thuộc diện Ban Thường vụ Tỉnh ủy quản lý"): the body proposed a
     * level upwards (đề nghị xếp loại) and records the higher authority's decision when it comes.
     */
    PROPOSED_UPWARD,
    /** Published to the people concerned (thông báo công khai); locked. */
    ANNOUNCED,
    /** Cancelled after an upheld complaint (hủy bỏ); the cadre is rated again in a new rating. */
    CANCELLED;

    /** Key of the label in the review message bundle. */
    public String messageKey() {
        return "review.rating.status." + name();
    }
}
