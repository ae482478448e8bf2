package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.PropertyCases;

/** Properties of the seed 002 Phụ lục 2 scorer that must hold for every score sheet, not only the worked example. */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class QuarterlyScorerProperties {

    private static final List<List<Integer>> AXIS_SPLITS = List.of(List.of(70), List.of(30, 15, 10, 5, 5, 5),
            List.of(40, 30), List.of(35, 35), List.of(50, 10, 10), List.of(25, 15, 15, 5, 5, 5));

    private final QuarterlyScorer scorer = new QuarterlyScorer();

    /**
     * Without work beyond the plan (done ≤ planned), A ≤ 1 and each factor column is at most the largest factor × A,
     * so KPI ≤ (1 + 3F)/4 ≤ max(1, F) and the total is at most 30 + 70 × max(1, F). The 1 is quantity's own factor.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("withinPlanSheets")
    void totalWithinPlanIsBoundedByTheLargestFactor(Sheet sheet) {
        BigDecimal largest = sheet.tasks().flatMap(t -> Stream.of(t.quality(), t.timeliness(), t.leadership()))
                .reduce(BigDecimal.ONE, BigDecimal::max);
        BigDecimal bound = new BigDecimal("30").add(new BigDecimal("70").multiply(largest));
        Fraction total = scorer.score(sheet.criteria(), sheet.axes()).total();
        assertThat(total.compareTo(bound)).as("total %s ≤ %s", total.rounded(4), bound).isLessThanOrEqualTo(0);
    }

    /** Seed 002 Phụ lục 2 §2(i): "Hoàn thành 100% nhiệm vụ … Điểm KPI về số lượng đạt 100%"; all as required is 100. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("asRequiredSheets")
    void everythingDoneAsRequiredScoresExactlyOneHundred(Sheet sheet) {
        QuarterlyScore score = scorer.score(ScoreSheetMother.allCriteriaMet(), sheet.axes());
        assertThat(score.total()).isEqualTo(Fraction.of(new BigDecimal("100")));
    }

    /** Sums do not depend on order: shuffling tasks within axes and the axes themselves changes nothing. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("withinPlanSheetsAndShuffleSeeds")
    void permutingTasksChangesNothing(Sheet sheet, long shuffleSeed) {
        java.util.Random random = new java.util.Random(shuffleSeed);
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
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("withinPlanSheetsAndScales")
    void scalingAnAxisCoefficientsChangesNothing(Sheet sheet, BigDecimal scale) {
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

    static Stream<Arguments> withinPlanSheets() {
        return PropertyCases.draw(random -> Arguments.of(sheet(random, QuarterlyScorerProperties::withinPlanTask)));
    }

    static Stream<Arguments> withinPlanSheetsAndShuffleSeeds() {
        return PropertyCases.draw(random -> Arguments.of(sheet(random, QuarterlyScorerProperties::withinPlanTask),
                random.longRange(Long.MIN_VALUE, Long.MAX_VALUE)));
    }

    static Stream<Arguments> withinPlanSheetsAndScales() {
        return PropertyCases.draw(random -> Arguments.of(sheet(random, QuarterlyScorerProperties::withinPlanTask),
                scale(random)));
    }

    static Stream<Arguments> asRequiredSheets() {
        return PropertyCases.draw(random -> Arguments.of(sheet(random, QuarterlyScorerProperties::asRequiredTask)));
    }

    /** A common factor for one axis's coefficients: 0.01 to 20.00 by hundredths. */
    private static BigDecimal scale(Random random) {
        return BigDecimal.valueOf(random.intRange(1, 2000), 2);
    }

    /** The 17 general criteria, each met or not, and one of the axis splits with 1 to 6 tasks on each axis. */
    private static Sheet sheet(Random random, Function<Random, TaskResult> task) {
        List<GeneralCriterionResult> criteria = new ArrayList<>();
        for (GeneralCriterionResult criterion : ScoreSheetMother.allCriteriaMet()) {
            criteria.add(new GeneralCriterionResult(criterion.code(), criterion.maxPoints(), random.trueOrFalse()));
        }
        List<Integer> split = random.oneOf(AXIS_SPLITS);
        List<AxisTasks> axes = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            List<TaskResult> tasks = new ArrayList<>();
            int count = random.intRange(1, 6);
            for (int t = 0; t < count; t++) {
                tasks.add(task.apply(random));
            }
            axes.add(new AxisTasks(i + 1, BigDecimal.valueOf(split.get(i)), tasks));
        }
        return new Sheet(criteria, axes);
    }

    /** No more done than planned; quality, timeliness and leadership factors each 0.00 to 2.00 by hundredths. */
    private static TaskResult withinPlanTask(Random random) {
        BigDecimal planned = quantity(random);
        BigDecimal done = BigDecimal.valueOf(random.intRange(0, planned.intValue()));
        BigDecimal coefficient = coefficient(random);
        return new TaskResult("Việc theo kế hoạch", planned, coefficient, done, factor(random), factor(random),
                factor(random));
    }

    /** Done exactly as planned, every factor 1. */
    private static TaskResult asRequiredTask(Random random) {
        BigDecimal planned = quantity(random);
        return new TaskResult("Việc theo kế hoạch", planned, coefficient(random), planned, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE);
    }

    private static BigDecimal factor(Random random) {
        return BigDecimal.valueOf(random.intRange(0, 200), 2);
    }

    private static BigDecimal quantity(Random random) {
        return BigDecimal.valueOf(random.intRange(1, 5));
    }

    private static BigDecimal coefficient(Random random) {
        return new BigDecimal(random.oneOf("0.5", "1", "1.2", "1.5", "2", "2.5"));
    }
}
