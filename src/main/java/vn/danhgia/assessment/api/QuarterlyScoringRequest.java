package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A Mẫu 03 score sheet sent by another system: the general criteria met or not, and the tasks per axis. */
@Schema(description = "Bản tự chấm điểm theo Mẫu 03 (Hướng dẫn 02-HD/TU, Phụ lục 2)")
record QuarterlyScoringRequest(
        @Schema(description = "Đủ 17 tiêu chí chung của phương án (1.1–1.9, 2.1–2.4, 3.1–3.4), mỗi mã một lần")
        List<CriterionInput> generalCriteria,
        @Schema(description = "Các trục kết quả 1–6, mỗi trục tối đa một lần; tổng điểm tối đa = 70")
        List<AxisInput> axes) {

    record CriterionInput(@Schema(example = "1.1") String code,
                          @Schema(description = "true = đảm bảo (đủ điểm), false = không đảm bảo (0 điểm)") Boolean met) {
    }

    record AxisInput(@Schema(minimum = "1", maximum = "6", example = "1") Integer axis,
                     @Schema(description = "Điểm tối đa của trục cho người này", example = "70") BigDecimal maxPoints,
                     List<TaskInput> tasks) {
    }

    record TaskInput(@Schema(example = "Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng") String title,
                     @Schema(description = "Số lượng kế hoạch, > 0", example = "2") BigDecimal plannedQuantity,
                     @Schema(description = "Hệ số quy đổi, > 0", example = "1") BigDecimal coefficient,
                     @Schema(description = "Số lượng thực tế hoàn thành, ≥ 0", example = "1") BigDecimal doneQuantity,
                     @Schema(description = "Hệ số chất lượng, ≥ 0", example = "0.75") BigDecimal quality,
                     @Schema(description = "Hệ số tiến độ, ≥ 0", example = "0.75") BigDecimal timeliness,
                     @Schema(description = "Hệ số lãnh đạo, chỉ đạo, điều hành, ≥ 0", example = "0.75")
                     BigDecimal leadership) {
    }
}
