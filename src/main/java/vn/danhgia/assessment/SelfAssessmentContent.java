package vn.danhgia.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cadre fills in on Mẫu 03 and saves as a whole: met / not met per general criterion (by code), the axis
 * weights (only for tasks listed directly; a plan's weights are fixed), the task rows, the proposed level and a
 * comment. Numbers are as entered; {@link SelfAssessmentService#save} checks them and names each wrong field.
 *
 * @param criteria       criterion code → met; criteria not named keep their stored choice; null keeps all
 * @param axisMaxPoints  axis number → maximum points; null keeps the stored weights
 * @param tasks          the rows in order; null keeps all. A row of the plan is named by its {@code id}; for tasks
 *                       listed directly the list replaces the stored rows (rows without id are new)
 * @param proposedLevel  EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED; null when not chosen yet
 */
public record SelfAssessmentContent(Map<String, Boolean> criteria, Map<Integer, BigDecimal> axisMaxPoints,
                                    List<TaskEntry> tasks, String proposedLevel, String selfComment) {

    public SelfAssessmentContent {
        criteria = criteria == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
        axisMaxPoints = axisMaxPoints == null ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(axisMaxPoints));
        tasks = tasks == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tasks));
    }

    /**
     * One task row: what was done and how (số lượng hoàn thành, chất lượng, tiến độ, lãnh đạo chỉ đạo) with an
     * evidence note. Title, coefficient and planned quantity are only taken for tasks listed directly; for a task of
     * the plan they may be left out and, when given, must equal the plan's.
     */
    public record TaskEntry(Long id, Integer axis, String title, BigDecimal coefficient, BigDecimal plannedQuantity,
                            BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness,
                            BigDecimal leadership, String evidence) {
    }
}
