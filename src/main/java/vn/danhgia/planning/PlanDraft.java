package vn.danhgia.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable content of a plan: the person's axis weights (trục 1–6) and the planned tasks. Values are kept as
 * posted, nulls included ({@code "tasks": [null]}, {@code "1": null}), so that the service can name the empty field.
 */
public record PlanDraft(Map<Integer, BigDecimal> axisMaxPoints, List<PlanTaskInput> tasks) {

    public PlanDraft {
        axisMaxPoints = Collections.unmodifiableMap(new LinkedHashMap<>(axisMaxPoints));
        tasks = Collections.unmodifiableList(new ArrayList<>(tasks));
    }
}
