package vn.danhgia.rules.quarterly;

/**
 * What a single task counts as when the level's conditions are checked (seed 000 §III.3). A task may carry several:
 * done and beyond requirement, or done and late.
 */
public enum TaskCondition {
    /** Hoàn thành: the done quantity reaches the planned quantity. */
    DONE,
    /** Hoàn thành vượt mức yêu cầu: done, with a quality or timeliness factor above the "as required" value. */
    BEYOND_REQUIREMENT,
    /** Chưa bảo đảm tiến độ: the timeliness factor is below the "as required" value. */
    LATE,
    /** Phải sửa đổi, bổ sung: the quality factor is below the "as required" value. */
    NEEDS_REWORK
}
