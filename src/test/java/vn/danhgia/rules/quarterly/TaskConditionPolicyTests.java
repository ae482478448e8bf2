package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.RuleMother;

class TaskConditionPolicyTests {

    private final TaskConditionPolicy policy = new TaskConditionPolicy(RatingRules.defaults());

    /** Seed 000 §III.3: "hoàn thành 100% nhiệm vụ được giao" — done when the done quantity reaches the plan. */
    @Test
    void taskIsDoneWhenDoneQuantityReachesThePlan() {
        assertThat(policy.isDone(TaskMother.task("2", "2", "1", "1"))).isTrue();
        assertThat(policy.isDone(TaskMother.task("2", "3", "1", "1"))).isTrue();
        // Seed 002 Phụ lục 2, row 1: two monthly reports planned, one done ("1 (thiếu)").
        assertThat(policy.isDone(TaskMother.task("2", "1", "0.75", "0.75"))).isFalse();
    }

    /**
     * Seed 002 Phụ lục 2 §2(i): beyond-plan work is "được xem xét, ghi nhận trong việc chấm điểm KPI về tiến độ,
     * chất lượng", so a done task is beyond requirement when its quality or timeliness factor exceeds 1.
     */
    @Test
    void doneTaskWithQualityOrTimelinessAboveOneIsBeyondRequirement() {
        assertThat(policy.isBeyondRequirement(TaskMother.task("1", "1", "1.2", "1"))).isTrue();
        assertThat(policy.isBeyondRequirement(TaskMother.task("1", "1", "1", "1.2"))).isTrue();
        assertThat(policy.isBeyondRequirement(TaskMother.task("1", "1", "1", "1"))).isFalse();
    }

    /** An undone task is never beyond requirement, whatever its factors say. */
    @Test
    void undoneTaskIsNeverBeyondRequirement() {
        assertThat(policy.isBeyondRequirement(TaskMother.task("2", "1", "1.2", "1.2"))).isFalse();
    }

    /** Seed 002 Phụ lục 2 §2(ii): "chậm tiến độ", "phải điều chỉnh, bổ sung, sửa đổi" score below 1 (0,75). */
    @Test
    void factorsBelowOneMarkLateAndRework() {
        TaskResult lateAndReworked = TaskMother.task("1", "1", "0.75", "0.75");
        assertThat(policy.conditionsOf(lateAndReworked))
                .containsExactlyInAnyOrder(TaskCondition.DONE, TaskCondition.LATE, TaskCondition.NEEDS_REWORK);
        assertThat(policy.conditionsOf(TaskMother.task("1", "1", "1.2", "0.75")))
                .containsExactlyInAnyOrder(TaskCondition.DONE, TaskCondition.BEYOND_REQUIREMENT, TaskCondition.LATE);
    }

    /** The thresholds come from the scheme's rules, not from constants. */
    @Test
    void thresholdsComeFromTheScheme() {
        RatingRules strict = RuleMother.withFactors(new BigDecimal("1.2"), new BigDecimal("1"));
        TaskConditionPolicy strictPolicy = new TaskConditionPolicy(strict);
        assertThat(strictPolicy.isBeyondRequirement(TaskMother.task("1", "1", "1.2", "1.2"))).isFalse();
        assertThat(strictPolicy.isBeyondRequirement(TaskMother.task("1", "1", "1.5", "1"))).isTrue();
    }

    /**
     * Seed 000 §III.3 counts tasks ("ít nhất 30% số nhiệm vụ"); the seed 002 worked example has 5 tasks: row 1 not
     * done, row 5 beyond requirement (1,2), none of the done tasks late or reworked.
     */
    @Test
    void seed002ExampleCountsOneUndoneAndOneBeyond() {
        TaskConditions conditions = TaskConditions.of(ScoreSheetMother.seed002ExampleTasks(), RatingRules.defaults());
        assertThat(conditions).isEqualTo(new TaskConditions(5, 4, 1, 0, 0));
        assertThat(conditions.allDone()).isFalse();
        assertThat(conditions.notDone()).isEqualTo(1);
        assertThat(conditions.beyondShare()).isEqualTo(Fraction.of(BigDecimal.ONE, new BigDecimal("5")));
    }

    /** Late and rework are counted among done tasks: an undone task already fails the done check. */
    @Test
    void undoneTaskIsNotCountedLateAgain() {
        TaskConditions conditions = policy.count(List.of(TaskMother.task("2", "1", "0.75", "0.75"),
                TaskMother.task("1", "1", "1", "0.75")));
        assertThat(conditions).isEqualTo(new TaskConditions(2, 1, 0, 1, 0));
    }

    /** Seed 002 §6.1: excused undone tasks leave the count, so shares are taken over the remaining tasks. */
    @Test
    void excusingUndoneTakesSharesOverTheRemainingTasks() {
        TaskConditions conditions = new TaskConditions(5, 4, 2, 1, 0).excusingUndone();
        assertThat(conditions).isEqualTo(new TaskConditions(4, 4, 2, 1, 0));
        assertThat(conditions.beyondShare()).isEqualTo(Fraction.of(BigDecimal.ONE, new BigDecimal("2")));
    }

    /** Seed 000 §III.3.1–3.3 as a ladder of conditions. */
    @Test
    void satisfiedLevelFollowsTheSeedConditions() {
        RatingRules rules = RatingRules.defaults();
        assertThat(new TaskConditions(10, 10, 3, 0, 0).satisfiedLevel(rules)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(new TaskConditions(10, 10, 2, 0, 0).satisfiedLevel(rules)).isEqualTo(RatingLevel.GOOD);
        assertThat(new TaskConditions(10, 10, 5, 0, 1).satisfiedLevel(rules)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(new TaskConditions(10, 10, 5, 2, 0).satisfiedLevel(rules)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(new TaskConditions(10, 10, 5, 3, 0).satisfiedLevel(rules)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(new TaskConditions(10, 9, 5, 0, 0).satisfiedLevel(rules)).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThatThrownBy(() -> new TaskConditions(3, 4, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskConditions(3, 2, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskConditions(3, 2, 0, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
