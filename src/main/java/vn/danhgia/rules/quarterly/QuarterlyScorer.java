package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import vn.danhgia.rules.Fraction;

/**
 * Scores a quarter exactly as seed 002 Phụ lục 2 and Mẫu 03 state:
 * total = Σ general criteria met + Σ over axes of KPI × axis maximum, with per axis
 * A = ΣQ/ΣP, B = Σquality/ΣP, C = Σtimeliness/ΣP, D = Σleadership/ΣP and KPI = (A+B+C+D)/4.
 * Values are kept raw: a KPI above 100 % (work beyond requirement) is not capped.
 */
public final class QuarterlyScorer {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    public QuarterlyScore score(List<GeneralCriterionResult> criteria, List<AxisTasks> axes) {
        requireDistinctAxes(axes);
        BigDecimal generalPoints = criteria.stream().map(GeneralCriterionResult::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AxisScore> axisScores = new ArrayList<>();
        Fraction taskPoints = Fraction.ZERO;
        BigDecimal taskMaxPoints = BigDecimal.ZERO;
        for (AxisTasks axis : axes) {
            AxisScore score = scoreAxis(axis);
            axisScores.add(score);
            taskPoints = taskPoints.plus(score.points());
            taskMaxPoints = taskMaxPoints.add(axis.maxPoints());
        }
        return new QuarterlyScore(generalPoints, taskPoints, taskPoints.plus(Fraction.of(generalPoints)),
                taskMaxPoints, axisScores);
    }

    AxisScore scoreAxis(AxisTasks axis) {
        if (axis.tasks().isEmpty()) {
            return new AxisScore(axis.axis(), axis.maxPoints(), null, null, null, null, null, Fraction.ZERO);
        }
        BigDecimal planned = sum(axis, TaskResult::plannedUnits);
        Fraction quantity = Fraction.of(sum(axis, TaskResult::doneUnits), planned);
        Fraction quality = Fraction.of(sum(axis, TaskResult::qualityUnits), planned);
        Fraction timeliness = Fraction.of(sum(axis, TaskResult::timelinessUnits), planned);
        Fraction leadership = Fraction.of(sum(axis, TaskResult::leadershipUnits), planned);
        Fraction kpi = quantity.plus(quality).plus(timeliness).plus(leadership).dividedBy(FOUR);
        return new AxisScore(axis.axis(), axis.maxPoints(), quantity, quality, timeliness, leadership, kpi,
                kpi.times(axis.maxPoints()));
    }

    private static BigDecimal sum(AxisTasks axis, Function<TaskResult, BigDecimal> units) {
        return axis.tasks().stream().map(units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireDistinctAxes(List<AxisTasks> axes) {
        var seen = new HashSet<Integer>();
        for (AxisTasks axis : axes) {
            if (!seen.add(axis.axis())) {
                throw new IllegalArgumentException("axis " + axis.axis() + " appears more than once");
            }
        }
    }
}
