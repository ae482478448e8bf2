package vn.danhgia.annual;

/** Why a party member is not reviewed this year (seed 004 §II.1, §V.2). */
public enum NotReviewedReason {
    /** Được miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Bị đình chỉ sinh hoạt đảng. */
    SUSPENDED,
    /** Mới kết nạp chưa đủ 6 tháng. */
    ADMITTED_UNDER_SIX_MONTHS;

    public String messageKey() {
        return "annual.meeting.not-reviewed." + name();
    }
}
