package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.Fraction;

/**
 * A quarter's score on the 100-point scale (seed 002, Phụ lục 2 §1): general criteria (max 30) plus task results
 * (max 70). Figures are exact; round them with {@link Fraction#rounded(int)} only to show or store them.
 */
public record QuarterlyScore(BigDecimal generalPoints, Fraction taskPoints, Fraction total, BigDecimal taskMaxPoints,
                             List<AxisScore> axes) {

    public QuarterlyScore {
        axes = List.copyOf(axes);
    }

    /**
     * The person's overall KPI: task points over their maximum, i.e. the axis KPIs weighted by the axis maxima.
     * Used to rank people for the EXCELLENT places. Null when no axis carries points.
     */
    public Fraction overallKpi() {
        return taskMaxPoints.signum() == 0 ? null : taskPoints.dividedBy(taskMaxPoints);
    }
}
