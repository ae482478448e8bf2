package vn.danhgia.catalog.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** Request bodies of the catalogue API. Every change carries the {@code version} of the catalogue it was read at. */
final class CatalogRequests {

    private CatalogRequests() {
    }

    @Schema(description = "Lập dự thảo danh mục phiên bản mới của một đơn vị")
    record NewCatalog(@Schema(description = "Mã đơn vị", example = "VPUB-NB") String unit,
                      @Schema(example = "Danh mục sản phẩm/công việc chuẩn năm 2027") String title,
                      @Schema(description = "Điểm của sản phẩm/công việc chuẩn", example = "100")
                      BigDecimal standardPoints) {
    }

    @Schema(description = "Một sản phẩm/công việc theo các cột của Mẫu số 02")
    record Item(@Schema(description = "Phiên bản (version) của danh mục đã đọc", example = "3") Long version,
                @Schema(example = "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng") String task,
                @Schema(example = "Cấp có thẩm quyền phê duyệt") String approvalLevel,
                @Schema(example = "Thường xuyên, nhiệm vụ chủ yếu là thống kê") String difficulty,
                @Schema(example = "Báo cáo") String productType,
                @Schema(example = "01") String quantity,
                @Schema(example = "Theo quy định ngày hằng tháng") String deadlinePattern,
                @Schema(example = "Công việc chuẩn") String note,
                @Schema(example = "100") BigDecimal points) {

        CatalogItemInput input() {
            return new CatalogItemInput(task, approvalLevel, difficulty, productType, quantity, deadlinePattern, note,
                    points);
        }
    }

    @Schema(description = "Trình, phê duyệt: chỉ cần phiên bản (version) của danh mục đã đọc")
    record Decision(@Schema(example = "3") Long version) {
    }

    @Schema(description = "Trả lại để chỉnh sửa, với ý kiến")
    record Return(@Schema(example = "3") Long version,
                  @Schema(example = "Bổ sung sản phẩm báo cáo chuyên đề") String note) {
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException(java.util.List.of(FieldViolation.of("version",
                    "catalog.invalid.required")));
        }
        return version;
    }
}
