package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import vn.danhgia.rules.Fraction;

/**
 * The KPI of one axis (seed 002, Phụ lục 2 §1): A quantity, B quality, C timeliness, D leadership, each Σunits/ΣP;
 * KPI = (A+B+C+D)/4; points = KPI × the axis maximum. All exact; an axis without tasks has no ratios and 0 points.
 */
public record AxisScore(int axis, BigDecimal maxPoints, Fraction quantity, Fraction quality, Fraction timeliness,
                        Fraction leadership, Fraction kpi, Fraction points) {

    public boolean hasTasks() {
        return kpi != null;
    }
}
