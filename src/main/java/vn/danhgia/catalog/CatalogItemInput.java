package vn.danhgia.catalog;

import java.math.BigDecimal;

/**
 * An item as the personnel office writes it, in the columns of seed 002 Mẫu 02 "BẢNG DANH MỤC": task (nhiệm vụ),
 * approval level (cấp trình), difficulty, novelty, complexity and scope (độ khó, mới, phức tạp; phạm vi tác động),
 * product type (sản phẩm), quantity (số lượng), deadline pattern (tiến độ), note (ghi chú) and points (điểm chấm công
 * việc). Optional texts may be null or blank.
 */
public record CatalogItemInput(String task, String approvalLevel, String difficulty, String productType,
                               String quantity, String deadlinePattern, String note, BigDecimal points) {
}
