package vn.danhgia.rules;

/**
 * Disciplinary measures (hình thức kỷ luật) of the Party and of the civil service, mildest first. Every one of them
 * is "from reprimand up" (seed 000 §III.3.4 a: "bị xử lý kỷ luật từ khiển trách trở lên").
 */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Hạ bậc lương. */
    SALARY_DOWNGRADE,
    /** Giáng chức. */
    DEMOTION,
    /** Cách chức. */
    DISMISSAL_FROM_POST,
    /** Buộc thôi việc. */
    FORCED_RESIGNATION,
    /** Khai trừ (khỏi Đảng). */
    EXPULSION;

    public boolean isAtLeast(DisciplineForm other) {
        return ordinal() >= other.ordinal();
    }
}
