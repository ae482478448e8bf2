package vn.danhgia.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The editable content of a plan: the person's axis weights (trục 1–6) and the planned tasks. */
public record PlanDraft(Map<Integer, BigDecimal> axisMaxPoints, List<PlanTaskInput> tasks) {

    public PlanDraft {
        axisMaxPoints = Map.copyOf(axisMaxPoints);
        tasks = List.copyOf(tasks);
    }
}
