package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;

/**
 * What is known of the leadership collective a person belongs to: its completion of the tasks and targets the
 * authority assigned, with force-majeure cases excluded (seed 002 §6.3: "không bao gồm các trường hợp bất khả kháng
 * được cấp có thẩm quyền xác nhận"), and its own level once rated (seed 004 §VII.2). Either may be unknown (null),
 * not both.
 */
public record CollectiveResult(Fraction completion, RatingLevel level) {

    public CollectiveResult {
        if (completion == null && level == null) {
            throw new IllegalArgumentException("a collective result needs its completion or its level");
        }
        if (completion != null && (completion.signum() < 0 || completion.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("completion must be between 0 and 1, was " + completion);
        }
    }

    /**
     * Completion = done / (assigned − excused): targets left undone for a confirmed force majeure leave the count.
     * When every target is excused nothing is left to fall short, so the completion is 100 %.
     */
    public static CollectiveResult ofTargets(int assigned, int done, int excusedByForceMajeure) {
        if (assigned < 1 || done < 0 || excusedByForceMajeure < 0 || done + excusedByForceMajeure > assigned) {
            throw new IllegalArgumentException("targets: " + done + " done and " + excusedByForceMajeure
                    + " excused out of " + assigned + " assigned");
        }
        int counted = assigned - excusedByForceMajeure;
        Fraction completion = counted == 0 ? Fraction.of(BigDecimal.ONE)
                : Fraction.of(BigDecimal.valueOf(done), BigDecimal.valueOf(counted));
        return new CollectiveResult(completion, null);
    }

    public static CollectiveResult ofCompletion(Fraction completion) {
        return new CollectiveResult(completion, null);
    }

    public static CollectiveResult ofLevel(RatingLevel level) {
        return new CollectiveResult(null, level);
    }

    public CollectiveResult withLevel(RatingLevel collectiveLevel) {
        return new CollectiveResult(completion, collectiveLevel);
    }
}
