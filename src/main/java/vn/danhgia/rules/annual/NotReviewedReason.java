package vn.danhgia.rules.annual;

/**
 * Why a party member is not reviewed (không kiểm điểm) in the year-end review: seed 004 §II.1 and §V.2, "trừ đảng viên
 * được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng".
 */
public enum NotReviewedReason {
    /** Miễn công tác và sinh hoạt đảng on the review date. */
    EXEMPT,
    /** Đình chỉ sinh hoạt đảng on the review date. */
    SUSPENDED,
    /** Mới kết nạp chưa đủ 6 tháng: admitted less than six months before the review date. */
    ADMITTED_UNDER_SIX_MONTHS;

    /** Key of the label in the membership message bundle. */
    public String messageKey() {
        return "membership.not-reviewed." + name();
    }
}
