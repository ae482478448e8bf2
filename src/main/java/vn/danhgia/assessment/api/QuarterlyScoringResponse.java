package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.quarterly.AxisScore;
import vn.danhgia.rules.quarterly.QuarterlyScore;

/**
 * The score, each figure rounded half-up from its exact value: points to 2 decimals, ratios (A, B, C, D, KPI) to 4.
 * Values are raw: a KPI above 1 (work beyond requirement) is kept.
 */
@Schema(description = "Kết quả chấm điểm: điểm làm tròn 2 chữ số, tỷ lệ làm tròn 4 chữ số (HALF_UP) từ giá trị chính xác")
record QuarterlyScoringResponse(BigDecimal generalPoints, BigDecimal taskPoints, BigDecimal total,
                                List<AxisResult> axes) {

    private static final int POINTS_SCALE = 2;
    private static final int RATIO_SCALE = 4;

    static QuarterlyScoringResponse of(QuarterlyScore score) {
        return new QuarterlyScoringResponse(score.generalPoints().setScale(POINTS_SCALE),
                score.taskPoints().rounded(POINTS_SCALE), score.total().rounded(POINTS_SCALE),
                score.axes().stream().map(AxisResult::of).toList());
    }

    record AxisResult(int axis, BigDecimal maxPoints,
                      @Schema(description = "A = ΣQ/ΣP") BigDecimal quantity,
                      @Schema(description = "B = Σ chất lượng/ΣP") BigDecimal quality,
                      @Schema(description = "C = Σ tiến độ/ΣP") BigDecimal timeliness,
                      @Schema(description = "D = Σ lãnh đạo/ΣP") BigDecimal leadership,
                      @Schema(description = "KPI = (A+B+C+D)/4") BigDecimal kpi,
                      @Schema(description = "KPI × điểm tối đa của trục") BigDecimal points) {

        static AxisResult of(AxisScore axis) {
            return new AxisResult(axis.axis(), axis.maxPoints(), ratio(axis.quantity()), ratio(axis.quality()),
                    ratio(axis.timeliness()), ratio(axis.leadership()), ratio(axis.kpi()),
                    axis.points().rounded(POINTS_SCALE));
        }

        private static BigDecimal ratio(Fraction value) {
            return value == null ? null : value.rounded(RATIO_SCALE);
        }
    }
}
