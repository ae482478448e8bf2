package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;

/**
 * The task conditions of a person or a unit in a quarter, by count of tasks (seed 000 §III.3: "ít nhất 30% số nhiệm
 * vụ", "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%"). Late and needing rework count only done tasks (see
 * {@link TaskConditionPolicy}). Build it with {@link TaskConditionPolicy#count}, or directly from counts when a unit
 * reports its figures.
 *
 * @param assigned      tasks assigned in the quarter (nhiệm vụ được giao)
 * @param done          tasks done in full
 * @param beyond        done tasks beyond requirement (hoàn thành vượt mức yêu cầu)
 * @param late          done tasks not on schedule (chưa bảo đảm tiến độ)
 * @param needingRework done tasks that needed rework (phải sửa đổi, bổ sung)
 */
public record TaskConditions(int assigned, int done, int beyond, int late, int needingRework) {


    public TaskConditions {
        if (assigned < 0 || done < 0 || beyond < 0 || late < 0 || needingRework < 0) {
            throw new IllegalArgumentException("task counts must not be negative");
        }
        if (done > assigned) {
            throw new IllegalArgumentException("done (" + done + ") exceeds assigned (" + assigned + ")");
        }
        if (beyond > done || late > done || needingRework > done) {
            throw new IllegalArgumentException("beyond, late and needing rework count done tasks only");
        }
    }

    /** Counts the task results of all axes with the scheme's thresholds (see {@link TaskConditionPolicy}). */
    public static TaskConditions of(List<TaskResult> tasks, RatingRules rules) {
        return new TaskConditionPolicy(rules).count(tasks);
    }

    public int notDone() {
        return assigned - done;
    }

    public boolean allDone() {
        return done == assigned;
    }

    public Fraction doneShare() {
        return share(done);
    }

    public Fraction beyondShare() {
        return share(beyond);
    }

    public Fraction lateShare() {
        return share(late);
    }

    public Fraction reworkShare() {
        return share(needingRework);
    }

    /**
     * The conditions once the undone tasks are excused by a force majeure the authority confirmed (seed 002 §6.1):
     * they leave the count, so the shares are taken over the tasks that remain.
     */
    public TaskConditions excusingUndone() {
        return new TaskConditions(done, done, beyond, late, needingRework);
    }

    /**
     * The best level these conditions allow on their own (seed 000 §III.3.1–3.4): EXCELLENT needs all done and at
     * least the beyond share, plus GOOD's conditions; GOOD needs all done, none late, none needing rework;
     * COMPLETED needs all done and a late share within the limit.
     */
    public RatingLevel satisfiedLevel(RatingRules rules) {
        if (!allDone() || lateShare().compareTo(rules.completedMaxLateShare()) > 0) {
            return RatingLevel.NOT_COMPLETED;
        }
        if (late > 0 || needingRework > 0) {
            return RatingLevel.COMPLETED;
        }
        if (beyondShare().compareTo(rules.excellentMinBeyondShare()) < 0) {
            return RatingLevel.GOOD;
        }
        return RatingLevel.EXCELLENT;
    }

    private Fraction share(int count) {
        return assigned == 0 ? Fraction.ZERO : Fraction.of(BigDecimal.valueOf(count), BigDecimal.valueOf(assigned));
    }
}
