package vn.danhgia.publication;

/** What a document of the quarterly dossier (hồ sơ đánh giá, seed 000 §III.5) is. */
public enum DocumentKind {
    /** (1) Bản tự đánh giá, xếp loại của cá nhân, e.g. a signed scan. */
    SELF_ASSESSMENT,
    /** (2) Biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng. */
    MINUTES,
    /** (3) Hồ sơ giải quyết khiếu nại, kiến nghị. */
    COMPLAINT,
    /** The assessment the former unit sends for a cadre moved in the quarter (seed 002 §7 b). */
    OLD_UNIT_ASSESSMENT,
    /** (4) Các văn bản khác. */
    OTHER;

    public String messageKey() {
        return "review.document.kind." + name();
    }
}
