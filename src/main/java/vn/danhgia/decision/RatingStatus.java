package vn.danhgia.decision;

/**
 * Where a rating stands, whatever its period (seed 002 §4 Bước 4–6 for a quarter; seeds 003, 004 for a year): one
 * set of states and labels. A quarter goes PROPOSED → DECIDED (or PROPOSED_UPWARD → DECIDED) → ANNOUNCED; a year
 * GATHERED → PROPOSED → DECIDED → ANNOUNCED → LOCKED. Either goes ANNOUNCED → CANCELLED after an upheld complaint,
 * written once in {@link RatingOutcome}.
 */
public enum RatingStatus {
    /** The year's facts (the quarters, discipline) and the engine's suggestion are in; no proposal yet. */
    GATHERED,
    /** A level was proposed (đề xuất): the unit head's, or the review meeting's; the authority has not decided yet. */
    PROPOSED,
    /** The competent authority decided the level (quyết định xếp loại). */
    DECIDED,
    /**
     * The cadre is managed by a higher authority (e.g. "thuộc diện Ban Thường vụ Tỉnh ủy quản lý"): the body proposed a
     * level upwards (đề nghị xếp loại) and records the higher authority's decision when it comes.
     */
    PROPOSED_UPWARD,
    /** Published to the people concerned (thông báo công khai); locked against a new decision. */
    ANNOUNCED,
    /** A year's result closed once the complaint window has passed with no complaint open. */
    LOCKED,
    /** Cancelled after an upheld complaint (hủy bỏ); the subject is rated again in a new rating. */
    CANCELLED;

    /** Key of the label in the review message bundle. */
    public String messageKey() {
        return "review.rating.status." + name();
    }

    /** A level has been decided and stands (decided, announced or locked). */
    public boolean isDecided() {
        return this == DECIDED || this == ANNOUNCED || this == LOCKED;
    }

    /** The authority may decide (or decide again) until the results are announced. */
    public boolean isOpenToDecision() {
        return this == GATHERED || this == PROPOSED || this == PROPOSED_UPWARD || this == DECIDED;
    }
}
