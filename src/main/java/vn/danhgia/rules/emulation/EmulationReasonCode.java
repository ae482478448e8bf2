package vn.danhgia.rules.emulation;

/** The conditions the emulation rules check, each named for what it asks. */
public enum EmulationReasonCode {
    /** Đăng ký thi đua từ đầu năm (seed 003 §III.1). */
    REGISTERED,
    /** Đăng ký thi đua sau thời hạn của kế hoạch. */
    REGISTERED_ON_TIME,
    /** Không bị kỷ luật trong năm. */
    NOT_DISCIPLINED,
    /** Không còn khiếu nại chưa giải quyết về kết quả xếp loại năm. */
    NO_OPEN_COMPLAINT,
    /** Đã có kết quả xếp loại năm. */
    YEAR_RATED,
    /** Xếp loại đạt mức yêu cầu (HTT trở lên, HTXS...). */
    LEVEL_AT_LEAST,
    /** Thời gian công tác trong năm. */
    MONTHS_WORKED,
    /** Số ngày nghỉ làm việc trong năm. */
    DAYS_OFF,
    /** Đạt Lao động tiên tiến trong năm. */
    ADVANCED_WORKER_THIS_YEAR,
    /** HTXS, hoặc sáng kiến, đề tài được công nhận (Điều 23). */
    EXCELLENT_OR_ACHIEVEMENT,
    /** Chuỗi năm liên tục đạt danh hiệu (Điều 21, 22). */
    CONSECUTIVE_TITLES,
    /** Chuỗi năm liên tục đạt mức xếp loại (Điều 71, 74, 75). */
    CONSECUTIVE_LEVELS,
    /** Sáng kiến, đề tài có phạm vi ảnh hưởng theo yêu cầu. */
    ACHIEVEMENTS_AT_LEVEL,
    /** Đã được tặng hình thức khen thưởng làm nền (Điều 71: Bằng khen cấp bộ, tỉnh). */
    EARLIER_REWARD,
    /** Tỷ lệ thành viên đạt Lao động tiên tiến (Điều 27, 28). */
    MEMBERS_ADVANCED_SHARE,
    /** 100 % thành viên hoàn thành nhiệm vụ (Điều 27). */
    MEMBERS_ALL_COMPLETED,
    /** Có cá nhân đạt Chiến sĩ thi đua cơ sở (Điều 27). */
    MEMBER_GRASSROOTS_FIGHTER,
    /** Không có cá nhân bị kỷ luật từ cảnh cáo trở lên (Điều 27, 28). */
    NO_MEMBER_DISCIPLINED
}
