package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the seed 002 Phụ lục 2 scorer that must hold for every score sheet, not only the worked example. */
class QuarterlyScorerProperties {

    private static final List<List<Integer>> AXIS_SPLITS = List.of(List.of(70), List.of(30, 15, 10, 5, 5, 5),
            List.of(40, 30), List.of(35, 35), List.of(50, 10, 10), List.of(25, 15, 15, 5, 5, 5));

    private final QuarterlyScorer scorer = new QuarterlyScorer();

    /**
     * Without work beyond the plan (done ≤ planned), A ≤ 1 and each factor column is at most the largest factor × A,
     * so KPI ≤ (1 + 3F)/4 ≤ max(1, F) and the total is at most 30 + 70 × max(1, F). The 1 is quantity's own factor.
     */
    @Property
    void totalWithinPlanIsBoundedByTheLargestFactor(@ForAll("withinPlanSheets") Sheet sheet) {
        BigDecimal largest = sheet.tasks().flatMap(t -> Stream.of(t.quality(), t.timeliness(), t.leadership()))
                .reduce(BigDecimal.ONE, BigDecimal::max);
        BigDecimal bound = new BigDecimal("30").add(new BigDecimal("70").multiply(largest));
        Fraction total = scorer.score(sheet.criteria(), sheet.axes()).total();
        assertThat(total.compareTo(bound)).as("total %s ≤ %s", total.rounded(4), bound).isLessThanOrEqualTo(0);
    }

    /** Seed 002 Phụ lục 2 §2(i): "Hoàn thành 100% nhiệm vụ … Điểm KPI về số lượng đạt 100%"; all as required is 100. */
    @Property
    void everythingDoneAsRequiredScoresExactlyOneHundred(@ForAll("asRequiredSheets") Sheet sheet) {
        QuarterlyScore score = scorer.score(ScoreSheetMother.allCriteriaMet(), sheet.axes());
        assertThat(score.total()).isEqualTo(Fraction.of(new BigDecimal("100")));
    }

    /** Sums do not depend on order: shuffling tasks within axes and the axes themselves changes nothing. */
    @Property
    void permutingTasksChangesNothing(@ForAll("withinPlanSheets") Sheet sheet, @ForAll long seed) {
        Random random = new Random(seed);
        List<AxisTasks> shuffled = new ArrayList<>();
        for (AxisTasks axis : sheet.axes()) {
            List<TaskResult> tasks = new ArrayList<>(axis.tasks());
            Collections.shuffle(tasks, random);
            shuffled.add(new AxisTasks(axis.axis(), axis.maxPoints(), tasks));
        }
        Collections.shuffle(shuffled, random);
        QuarterlyScore original = scorer.score(sheet.criteria(), sheet.axes());
        QuarterlyScore permuted = scorer.score(sheet.criteria(), shuffled);
        assertThat(permuted.total()).isEqualTo(original.total());
        assertThat(permuted.overallKpi()).isEqualTo(original.overallKpi());
    }

    /**
     * The catalogue's coefficients are relative to a standard item (seed 002 Phụ lục 1: coefficient = item points /
     * standard points), so choosing another standard scales every coefficient alike and must not move the score.
     */
    @Property
    void scalingAnAxisCoefficientsChangesNothing(@ForAll("withinPlanSheets") Sheet sheet,
                                                 @ForAll("scales") BigDecimal scale) {
        AxisTasks first = sheet.axes().get(0);
        List<TaskResult> scaled = first.tasks().stream().map(t -> new TaskResult(t.title(), t.plannedQuantity(),
                t.coefficient().multiply(scale), t.doneQuantity(), t.quality(), t.timeliness(), t.leadership()))
                .toList();
        List<AxisTasks> axes = new ArrayList<>(sheet.axes());
        axes.set(0, new AxisTasks(first.axis(), first.maxPoints(), scaled));
        assertThat(scorer.score(sheet.criteria(), axes).total())
                .isEqualTo(scorer.score(sheet.criteria(), sheet.axes()).total());
    }

    record Sheet(List<GeneralCriterionResult> criteria, List<AxisTasks> axes) {

        Stream<TaskResult> tasks() {
            return axes.stream().flatMap(axis -> axis.tasks().stream());
        }
    }

    @Provide
    Arbitrary<Sheet> withinPlanSheets() {
        return sheets(withinPlanTask());
    }

    @Provide
    Arbitrary<Sheet> asRequiredSheets() {
        Arbitrary<TaskResult> asRequired = Combinators.combine(quantities(), coefficients())
                .as((planned, coefficient) -> new TaskResult("Việc theo kế hoạch", planned, coefficient, planned,
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        return sheets(asRequired);
    }

    @Provide
    Arbitrary<BigDecimal> scales() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("20")).ofScale(2);
    }

    private Arbitrary<Sheet> sheets(Arbitrary<TaskResult> task) {
        Arbitrary<List<GeneralCriterionResult>> criteria = Arbitraries.of(true, false).list().ofSize(17)
                .map(met -> {
                    List<GeneralCriterionResult> all = ScoreSheetMother.allCriteriaMet();
                    List<GeneralCriterionResult> chosen = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        GeneralCriterionResult c = all.get(i);
                        chosen.add(new GeneralCriterionResult(c.code(), c.maxPoints(), met.get(i)));
                    }
                    return chosen;
                });
        Arbitrary<List<AxisTasks>> axes = Arbitraries.of(AXIS_SPLITS).flatMap(split -> {
            List<Arbitrary<AxisTasks>> perAxis = new ArrayList<>();
            for (int i = 0; i < split.size(); i++) {
                int axis = i + 1;
                BigDecimal max = BigDecimal.valueOf(split.get(i));
                perAxis.add(task.list().ofMinSize(1).ofMaxSize(6).map(tasks -> new AxisTasks(axis, max, tasks)));
            }
            return Combinators.combine(perAxis).as(list -> list);
        });
        return Combinators.combine(criteria, axes).as(Sheet::new);
    }

    private Arbitrary<TaskResult> withinPlanTask() {
        Arbitrary<BigDecimal> factor = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2"))
                .ofScale(2);
        return quantities().flatMap(planned -> Combinators.combine(
                        Arbitraries.integers().between(0, planned.intValue()), coefficients(), factor, factor, factor)
                .as((done, coefficient, quality, timeliness, leadership) -> new TaskResult("Việc theo kế hoạch",
                        planned, coefficient, BigDecimal.valueOf(done), quality, timeliness, leadership)));
    }

    private static Arbitrary<BigDecimal> quantities() {
        return Arbitraries.integers().between(1, 5).map(BigDecimal::valueOf);
    }

    private static Arbitrary<BigDecimal> coefficients() {
        return Arbitraries.of("0.5", "1", "1.2", "1.5", "2", "2.5").map(BigDecimal::new);
    }
}
