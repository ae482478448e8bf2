package vn.danhgia.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task as the cadre enters it: either picked from the approved catalogue ({@code catalogItemId}; its coefficient
 * and, unless given, its title and product type come from the item) or a free task with the coefficient the cadre
 * proposes, which the approver accepts by approving the plan.
 */
public record PlanTaskInput(int axis, Long catalogItemId, String title, String productType, BigDecimal coefficient,
                            BigDecimal plannedQuantity, LocalDate deadline) {
}
