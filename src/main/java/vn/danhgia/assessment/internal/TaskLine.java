package vn.danhgia.assessment.internal;

import java.math.BigDecimal;
import vn.danhgia.rules.quarterly.TaskResult;

/** A task row as checked, before it is stored (id null for a new row listed directly). */
record TaskLine(Long id, int axis, String title, BigDecimal coefficient, BigDecimal plannedQuantity,
                BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness, BigDecimal leadership,
                String evidence) {

    TaskResult result() {
        return new TaskResult(title, plannedQuantity, coefficient, doneQuantity, quality, timeliness, leadership);
    }
}
