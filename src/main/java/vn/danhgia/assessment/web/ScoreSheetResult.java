package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.quarterly.AxisScore;
import vn.danhgia.rules.quarterly.GeneralCriterionResult;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.CriterionGroup;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * The figures of the result panel, each rounded once from the exact score (2 decimals, half-up, as seed 002
 * Phụ lục 2 prints them: 87,01 %, 88,47 %, 91,93): points with 2 decimals, ratios as percentages with 2 decimals.
 */
public record ScoreSheetResult(List<GroupResult> groups, BigDecimal generalPoints, BigDecimal generalMaxPoints,
                               List<AxisResult> axes, BigDecimal taskPoints, BigDecimal taskMaxPoints,
                               BigDecimal total) {

    private static final int SCALE = 2;

    public ScoreSheetResult {
        groups = List.copyOf(groups);
        axes = List.copyOf(axes);
    }

    /** Points of one criteria group (Mẫu 03 I.A groups 1 to 3). */
    public record GroupResult(int number, BigDecimal points, BigDecimal maxPoints) {
    }

    /** A, B, C, D and KPI of one axis in percent and its points; no percentages for an axis without tasks. */
    public record AxisResult(int number, BigDecimal maxPoints, BigDecimal quantityPercent, BigDecimal qualityPercent,
                             BigDecimal timelinessPercent, BigDecimal leadershipPercent, BigDecimal kpiPercent,
                             BigDecimal points) {

        public boolean hasTasks() {
            return kpiPercent != null;
        }
    }

    static ScoreSheetResult of(EvaluationSchemeView scheme, List<GeneralCriterionResult> criteria,
                               QuarterlyScore score) {
        List<GroupResult> groups = scheme.criteriaGroups().stream().map(group -> groupResult(group, criteria)).toList();
        List<AxisResult> axes = score.axes().stream().map(ScoreSheetResult::axisResult).toList();
        return new ScoreSheetResult(groups, score.generalPoints(), scheme.generalMaxPoints(), axes,
                score.taskPoints().rounded(SCALE), score.taskMaxPoints(), score.total().rounded(SCALE));
    }

    private static GroupResult groupResult(CriterionGroup group, List<GeneralCriterionResult> criteria) {
        List<String> codes = group.items().stream().map(CriterionDefinition::code).toList();
        BigDecimal points = criteria.stream().filter(c -> codes.contains(c.code()))
                .map(GeneralCriterionResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = group.items().stream().map(CriterionDefinition::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GroupResult(group.number(), points, max);
    }

    private static AxisResult axisResult(AxisScore axis) {
        return new AxisResult(axis.axis(), axis.maxPoints(), percent(axis.quantity()), percent(axis.quality()),
                percent(axis.timeliness()), percent(axis.leadership()), percent(axis.kpi()),
                axis.points().rounded(SCALE));
    }

    /** Rounding the ratio to 4 decimals and moving the point is rounding the percentage to 2 decimals. */
    private static BigDecimal percent(Fraction ratio) {
        return ratio == null ? null : ratio.rounded(SCALE + 2).movePointRight(2);
    }
}
