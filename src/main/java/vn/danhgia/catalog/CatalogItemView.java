package vn.danhgia.catalog;

import java.math.BigDecimal;
import vn.danhgia.organization.UnitId;

/**
 * One item of an approved catalogue version (seed 002 Mẫu 02 columns), with its conversion coefficient (hệ số quy
 * đổi) = points ÷ the version's standard-item points (Phụ lục 1 Bước 3), rounded half-up to 4 decimals, the scale
 * at which plans store the coefficient they were made with (1,2 for 120 ÷ 100).
 */
public record CatalogItemView(long id, long versionId, int versionNumber, UnitId unit, int itemNumber, String task,
                              String approvalLevel, String difficulty, String productType, String quantity,
                              String deadlinePattern, String note, BigDecimal points, BigDecimal coefficient) {
}
