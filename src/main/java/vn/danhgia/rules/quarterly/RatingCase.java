package vn.danhgia.rules.quarterly;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingRules;

/**
 * Everything the engine weighs to suggest a person's level for a quarter (hồ sơ xếp loại). Build it with
 * {@link #builder()}.
 *
 * @param score          the exact quarterly score; null in a conditions-only scheme (seed 000)
 * @param tasks          the person's task results over all axes, or null when {@code taskConditions} is given
 * @param taskConditions ready counts, or null when {@code tasks} is given (counted with the scheme's thresholds)
 * @param forceMajeure   the authority-confirmed reason for undone tasks (seed 002 §6.1), or null
 * @param vetoEvents     events of the quarter under seed 000 §III.3.4 a–c
 * @param leader         whether the person leads a unit (cán bộ lãnh đạo, quản lý)
 * @param ledUnit        the led unit's task conditions; null when unknown (then GOOD and above cannot be confirmed)
 * @param shortcomings   the state of shortcomings pointed out earlier
 * @param collectiveRole the person's place in a leadership collective
 * @param collective     the collective's completion and level, or null when the person is in none or it is unknown
 */
public record RatingCase(QuarterlyScore score, List<TaskResult> tasks, TaskConditions taskConditions,
                         ForceMajeure forceMajeure, List<VetoEvent> vetoEvents, boolean leader,
                         TaskConditions ledUnit, EarlierShortcomings shortcomings, CollectiveRole collectiveRole,
                         CollectiveResult collective) {

    public RatingCase {
        if ((tasks == null) == (taskConditions == null)) {
            throw new IllegalArgumentException("give either the task results or the task conditions");
        }
        tasks = tasks == null ? null : List.copyOf(tasks);
        int assigned = tasks != null ? tasks.size() : taskConditions.assigned();
        if (assigned == 0) {
            // Seed 000 §III.3 measures every level against the tasks assigned; with none there is nothing to rate.
            throw new IllegalArgumentException("a rating needs at least one assigned task");
        }
        vetoEvents = List.copyOf(vetoEvents);
        Objects.requireNonNull(shortcomings, "shortcomings");
        Objects.requireNonNull(collectiveRole, "collectiveRole");
        if (!leader && ledUnit != null) {
            throw new IllegalArgumentException("only a leader has a led unit");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The person's task conditions, counted with the scheme's thresholds when the task results are given. */
    public TaskConditions conditions(RatingRules rules) {
        return taskConditions != null ? taskConditions : new TaskConditionPolicy(rules).count(tasks);
    }

    public static final class Builder {

        private QuarterlyScore score;
        private List<TaskResult> tasks;
        private TaskConditions taskConditions;
        private ForceMajeure forceMajeure;
        private final List<VetoEvent> vetoEvents = new ArrayList<>();
        private boolean leader;
        private TaskConditions ledUnit;
        private EarlierShortcomings shortcomings = EarlierShortcomings.NONE_POINTED_OUT;
        private CollectiveRole collectiveRole = CollectiveRole.NONE;
        private CollectiveResult collective;

        private Builder() {
        }

        /** Scores the sheet (seed 002 Phụ lục 2) and takes its tasks for the conditions. */
        public Builder scoreSheet(List<GeneralCriterionResult> criteria, List<AxisTasks> axes) {
            this.score = new QuarterlyScorer().score(criteria, axes);
            this.tasks = axes.stream().flatMap(axis -> axis.tasks().stream()).toList();
            this.taskConditions = null;
            return this;
        }

        public Builder score(QuarterlyScore score) {
            this.score = score;
            return this;
        }

        public Builder tasks(List<TaskResult> tasks) {
            this.tasks = tasks;
            this.taskConditions = null;
            return this;
        }

        public Builder taskConditions(TaskConditions taskConditions) {
            this.taskConditions = taskConditions;
            this.tasks = null;
            return this;
        }

        public Builder forceMajeure(String confirmedReason) {
            this.forceMajeure = new ForceMajeure(confirmedReason);
            return this;
        }

        public Builder veto(VetoEvent event) {
            this.vetoEvents.add(event);
            return this;
        }

        /** A leader whose unit's conditions are known. */
        public Builder leaderOf(TaskConditions ledUnit) {
            this.leader = true;
            this.ledUnit = Objects.requireNonNull(ledUnit, "ledUnit");
            return this;
        }

        /** A leader whose unit's results are not known yet. */
        public Builder leaderOfUnknownUnit() {
            this.leader = true;
            this.ledUnit = null;
            return this;
        }

        public Builder shortcomings(EarlierShortcomings shortcomings) {
            this.shortcomings = shortcomings;
            return this;
        }

        public Builder inCollective(CollectiveRole role, CollectiveResult collective) {
            this.collectiveRole = role;
            this.collective = collective;
            return this;
        }

        public RatingCase build() {
            return new RatingCase(score, tasks, taskConditions, forceMajeure, vetoEvents, leader, ledUnit,
                    shortcomings, collectiveRole, collective);
        }
    }
}
