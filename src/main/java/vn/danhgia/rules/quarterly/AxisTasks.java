package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The tasks of one result axis (trục kết quả, 1 to 6) with the axis's maximum points for this person
 * (seed 002 §2.5: the main axis weighs more; defaults 30/15/10/5/5/5).
 */
public record AxisTasks(int axis, BigDecimal maxPoints, List<TaskResult> tasks) {

    public AxisTasks {
        Objects.requireNonNull(maxPoints, "maxPoints");
        tasks = List.copyOf(tasks);
        if (axis < 1 || axis > 6) {
            throw new IllegalArgumentException("axis must be 1 to 6, was " + axis);
        }
        if (maxPoints.signum() < 0) {
            throw new IllegalArgumentException("maxPoints of axis " + axis + " is negative");
        }
        if (maxPoints.signum() > 0 && tasks.isEmpty()) {
            throw new IllegalArgumentException("axis " + axis + " has points but no task");
        }
    }
}
