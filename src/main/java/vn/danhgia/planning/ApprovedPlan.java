package vn.danhgia.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/**
 * The approved work plan of a cadre for a quarter (Mẫu 01), approved amendments included: what the self-assessment
 * is prefilled from.
 *
 * @param axisMaxPoints the person's axis weights (trục 1–6), summing to the scheme's task maximum (70)
 */
public record ApprovedPlan(long planId, CadreId cadre, Quarter quarter, String schemeCode,
                           Map<Integer, BigDecimal> axisMaxPoints, List<PlannedTask> tasks) {

    public ApprovedPlan {
        axisMaxPoints = Map.copyOf(axisMaxPoints);
        tasks = List.copyOf(tasks);
    }
}
