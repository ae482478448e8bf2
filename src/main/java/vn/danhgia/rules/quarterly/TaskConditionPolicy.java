package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.rules.RatingRules;

/**
 * Counts the task conditions of seed 000 §III.3 from the task factors of seed 002 Phụ lục 2 (thresholds from
 * {@link RatingRules}):
 * <ul>
 *   <li>done: done quantity ≥ planned quantity ("hoàn thành 100% nhiệm vụ được giao");</li>
 *   <li>beyond requirement: done, and the quality or timeliness factor is above {@code beyondFactorAbove}, because
 *       seed 002 Phụ lục 2 §2(i) records work beyond the plan in those two factors ("được xem xét, ghi nhận trong
 *       việc chấm điểm KPI về tiến độ, chất lượng");</li>
 *   <li>late: the timeliness factor is below {@code shortfallFactorBelow} (Phụ lục 2 §2(ii) "chậm tiến độ");</li>
 *   <li>needs rework: the quality factor is below {@code shortfallFactorBelow} (§2(ii) "sản phẩm không đạt yêu cầu,
 *       phải điều chỉnh, bổ sung, sửa đổi").</li>
 * </ul>
 * {@link #count(List)} counts late and rework only among done tasks: an undone task already fails the done check
 * (or is excused by force majeure, seed 002 §6.1), so counting it again as late would judge it twice.
 */
public final class TaskConditionPolicy {

    private final BigDecimal beyondFactorAbove;
    private final BigDecimal shortfallFactorBelow;

    public TaskConditionPolicy(RatingRules rules) {
        this.beyondFactorAbove = rules.beyondFactorAbove();
        this.shortfallFactorBelow = rules.shortfallFactorBelow();
    }

    public boolean isDone(TaskResult task) {
        return task.doneQuantity().compareTo(task.plannedQuantity()) >= 0;
    }

    public boolean isBeyondRequirement(TaskResult task) {
        return isDone(task) && (task.quality().compareTo(beyondFactorAbove) > 0
                || task.timeliness().compareTo(beyondFactorAbove) > 0);
    }

    public boolean isLate(TaskResult task) {
        return task.timeliness().compareTo(shortfallFactorBelow) < 0;
    }

    public boolean needsRework(TaskResult task) {
        return task.quality().compareTo(shortfallFactorBelow) < 0;
    }

    /** The conditions one task carries, for showing beside it. */
    public Set<TaskCondition> conditionsOf(TaskResult task) {
        Set<TaskCondition> conditions = EnumSet.noneOf(TaskCondition.class);
        if (isDone(task)) {
            conditions.add(TaskCondition.DONE);
        }
        if (isBeyondRequirement(task)) {
            conditions.add(TaskCondition.BEYOND_REQUIREMENT);
        }
        if (isLate(task)) {
            conditions.add(TaskCondition.LATE);
        }
        if (needsRework(task)) {
            conditions.add(TaskCondition.NEEDS_REWORK);
        }
        return conditions;
    }

    /** Counts over all tasks of all axes: seed 000 measures shares by number of tasks, not by points. */
    public TaskConditions count(List<TaskResult> tasks) {
        int done = 0;
        int beyond = 0;
        int late = 0;
        int rework = 0;
        for (TaskResult task : tasks) {
            if (!isDone(task)) {
                continue;
            }
            done++;
            beyond += isBeyondRequirement(task) ? 1 : 0;
            late += isLate(task) ? 1 : 0;
            rework += needsRework(task) ? 1 : 0;
        }
        return new TaskConditions(tasks.size(), done, beyond, late, rework);
    }
}
