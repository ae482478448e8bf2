package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterlyScorerTests {

    private final QuarterlyScorer scorer = new QuarterlyScorer();

    /**
     * Seed 002, Phụ lục 2 §2, "Ví dụ minh họa": one axis, five tasks, ΣP = 7,7, ΣQ = 6,7, Σ = 6,85 →
     * "A = 6,7/7,7 = 87,01% B = 6,85/7,7 = 88,96% ... KPI = (A+B+C+D)/4 = 88,47%",
     * "Tổng điểm = 30 + 88,47% x 70 = 91,93 điểm".
     */
    @Test
    void seed002WorkedExampleScores91point93() {
        QuarterlyScore score = scorer.score(ScoreSheetMother.allCriteriaMet(),
                List.of(new AxisTasks(1, new BigDecimal("70"), ScoreSheetMother.seed002ExampleTasks())));

        AxisScore axis = score.axes().get(0);
        assertThat(axis.quantity().rounded(4)).isEqualByComparingTo("0.8701");
        assertThat(axis.quality().rounded(4)).isEqualByComparingTo("0.8896");
        assertThat(axis.timeliness().rounded(4)).isEqualByComparingTo("0.8896");
        assertThat(axis.leadership().rounded(4)).isEqualByComparingTo("0.8896");
        assertThat(axis.kpi().rounded(4)).isEqualByComparingTo("0.8847");
        assertThat(axis.points().rounded(2)).isEqualByComparingTo("61.93");
        assertThat(score.generalPoints()).isEqualByComparingTo("30");
        assertThat(score.taskPoints().rounded(2)).isEqualByComparingTo("61.93");
        assertThat(score.total().rounded(2)).isEqualByComparingTo("91.93");
    }

    /** Seed 002, Phụ lục 2 table: the planned and done units add up to the seed's printed totals. */
    @Test
    void seed002ExampleUnitTotalsMatchThePrintedTable() {
        List<TaskResult> tasks = ScoreSheetMother.seed002ExampleTasks();
        assertThat(tasks.stream().map(TaskResult::plannedUnits).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("7.7");
        assertThat(tasks.stream().map(TaskResult::doneUnits).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("6.7");
        assertThat(tasks.stream().map(TaskResult::qualityUnits).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("6.85");
        assertThat(tasks.stream().map(TaskResult::leadershipUnits).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("6.85");
    }

    /** Seed 002, Mẫu 03 I.A: a criterion not met scores 0 ("Chấm 0 điểm nếu không đảm bảo"). */
    @Test
    void unmetCriterionScoresZero() {
        List<GeneralCriterionResult> criteria = ScoreSheetMother.allCriteriaMet().stream()
                .map(c -> c.code().equals("1.1") || c.code().equals("2.1")
                        ? new GeneralCriterionResult(c.code(), c.maxPoints(), false) : c)
                .toList();
        QuarterlyScore score = scorer.score(criteria, List.of());
        assertThat(score.generalPoints()).isEqualByComparingTo("27");
    }

    /** Seed 002, Phụ lục 2 §2(i): work beyond the plan is kept, so a KPI above 100 % is not capped. */
    @Test
    void kpiAboveOneHundredPercentIsKept() {
        TaskResult beyond = task("4", "1", "5", "1.2", "1.2", "1.2");
        QuarterlyScore score = scorer.score(List.of(), List.of(new AxisTasks(1, new BigDecimal("70"), List.of(beyond))));
        // A = 5/4, B = C = D = 6/4 → KPI = 5.75/4 = 143.75 %; points = 1.4375 × 70 = 100.625 → 100.63
        assertThat(score.axes().get(0).kpi().rounded(4)).isEqualByComparingTo("1.4375");
        assertThat(score.taskPoints().rounded(2)).isEqualByComparingTo("100.63");
    }

    /** Each figure is rounded from the exact value, never from another rounded figure. */
    @Test
    void totalIsRoundedFromExactValueNotFromRoundedAxes() {
        // Two axes of 35 points each with KPI 1/3 (exact 11.666…): each shows 11.67, their exact sum 23.333… shows 23.33.
        TaskResult third = task("3", "1", "1", "1", "1", "1");
        QuarterlyScore score = scorer.score(List.of(), List.of(
                new AxisTasks(1, new BigDecimal("35"), List.of(third)),
                new AxisTasks(2, new BigDecimal("35"), List.of(third))));
        assertThat(score.axes().get(0).points().rounded(2)).isEqualByComparingTo("11.67");
        assertThat(score.taskPoints().rounded(2)).isEqualByComparingTo("23.33");
    }

    @Test
    void axisAppearingTwiceIsRefused() {
        TaskResult done = task("1", "1", "1", "1", "1", "1");
        assertThatThrownBy(() -> scorer.score(List.of(), List.of(
                new AxisTasks(1, new BigDecimal("35"), List.of(done)),
                new AxisTasks(1, new BigDecimal("35"), List.of(done)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
    }

    @Test
    void axisWithPointsButNoTaskIsRefused() {
        assertThatThrownBy(() -> new AxisTasks(2, new BigDecimal("15"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroPlannedQuantityIsRefused() {
        assertThatThrownBy(() -> task("0", "1", "0", "1", "1", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plannedQuantity");
    }

    private static TaskResult task(String planned, String coefficient, String done, String quality,
                                   String timeliness, String leadership) {
        return new TaskResult("t", new BigDecimal(planned), new BigDecimal(coefficient), new BigDecimal(done),
                new BigDecimal(quality), new BigDecimal(timeliness), new BigDecimal(leadership));
    }
}
