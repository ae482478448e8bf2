package vn.danhgia.scheme;

/**
 * The steps of the year-end review that carry a deadline in an annual plan (seed 003 §II.2, §IV; seed 004 §IX). Which
 * of them a calendar sets, and on which day, is the calendar's data.
 */
public enum AnnualStep {
    /**
     * Đăng ký thi đua của tập thể, cá nhân (seed 003 §III.1: "từ đầu năm"); the day is the calendar's setting, 31/01 by
     * default. It opens the year it names rather than closing the one under review.
     */
    EMULATION_REGISTRATION,
    /** Bản kiểm điểm cá nhân xong (seed 003 §2.1 a: "xong trước ngày 13/12"). */
    SELF_REVIEW,
    /** Các phòng, đơn vị gửi hồ sơ để tổng hợp (seed 003 §2.2 c: "trong ngày 13/12"). */
    UNIT_DOSSIERS,
    /** Hội nghị cán bộ chủ chốt (seed 003 §2.3: "Ngày 14/12"). */
    KEY_CADRES_CONFERENCE,
    /** Họp kiểm điểm xong (seed 003 §2.1 b: "trước ngày 15/12"; seed 004 §IX.1: "trước ngày 26/11"). */
    REVIEW_MEETINGS,
    /** Hồ sơ, báo cáo kết quả gửi cấp trên (seed 003 §2.3: Sở Nội vụ 15/12; seed 004 §IX.1: Ban Tổ chức 28/11). */
    DOSSIERS_UPWARD,
    /** Báo cáo của diện được Ban Thường vụ Thành ủy ủy quyền (seed 004 §IX.2: "trước ngày 15/12"). */
    AUTHORISED_RESULTS_UPWARD,
    /** Hồ sơ đề nghị danh hiệu thi đua (seed 003 §IV: "trong ngày 15/12"). */
    EMULATION_DOSSIERS;

    /**
     * Whether the step belongs to the start of the year it names (registrations), not to the year-end review season:
     * such a step does not move the year under review forward.
     */
    public boolean opensTheYear() {
        return this == EMULATION_REGISTRATION;
    }

    /** Key of the step's name in the annual dossier bundle. */
    public String messageKey() {
        return "annual.step." + name();
    }
}
