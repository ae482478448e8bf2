package vn.danhgia.reporting.progress;

/**
 * What the progress board filters and counts by: where a cadre's quarterly work plan (Kế hoạch công tác, Mẫu 01) and
 * self-assessment (Bản tự đánh giá, Mẫu 03) stand, and whether either is late against the scheme's deadlines.
 */
public enum ProgressStatus {
    /** Chưa lập kế hoạch. */
    NO_PLAN,
    /** Kế hoạch đang soạn. */
    PLAN_DRAFT,
    /** Kế hoạch đã gửi, chờ duyệt. */
    PLAN_SUBMITTED,
    /** Kế hoạch đã được duyệt. */
    PLAN_APPROVED,
    /** Kế hoạch bị trả lại để sửa. */
    PLAN_RETURNED,
    /** Đã nộp bản tự đánh giá. */
    ASSESSMENT_SUBMITTED,
    /** Trễ hạn kế hoạch hoặc tự đánh giá. */
    LATE
}
