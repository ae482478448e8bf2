package vn.danhgia.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A task's content as validated, before or after it is stored; also the audit snapshot of a task. */
record TaskLine(int axis, String title, String productType, Long catalogItemId, BigDecimal coefficient,
                BigDecimal plannedQuantity, LocalDate deadline) {
}
