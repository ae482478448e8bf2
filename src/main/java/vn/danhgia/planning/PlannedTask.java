package vn.danhgia.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task of an approved plan or approved amendment, with the coefficient it was planned with.
 *
 * @param catalogItemId the catalogue item it was picked from; null for a free task whose coefficient was accepted
 */
public record PlannedTask(long id, int axis, String title, String productType, BigDecimal coefficient,
                          BigDecimal plannedQuantity, LocalDate deadline, Long catalogItemId) {
}
