package vn.danhgia.membership;

/** What an annual authority does for a subject (thẩm quyền đánh giá, xếp loại hằng năm). */
public enum AuthorityKind {
    /** Đánh giá, xếp loại: decides the year's level. */
    RATES,
    /** Đề xuất: proposes a level to a higher body that rates (seed 004 §V.1, BCH → BTV Thành ủy). */
    PROPOSES_TO,
    /** Đánh giá và báo cáo: assesses and reports to the body that rates (seed 003 §II.1, centre directors). */
    ASSESSES_AND_REPORTS;

    /** Key of the label in the membership message bundle. */
    public String messageKey() {
        return "membership.authority-kind." + name();
    }
}
