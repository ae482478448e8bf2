package vn.danhgia.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.danhgia.rules.quarterly.AxisTasks;
import vn.danhgia.rules.quarterly.GeneralCriterionResult;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.rules.quarterly.RatingCase;
import vn.danhgia.rules.quarterly.RatingEngine;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * The score of a self-assessment as it stands and the engine's suggested level, or why it cannot be scored yet (axis
 * weights not adding up to the scheme's task maximum, an axis with points but no task, no task at all). Computed
 * whenever shown, never stored, except the total kept at submission.
 *
 * @param criteria the general criteria with the scheme's points, as the scorer took them
 */
public record LiveScore(List<GeneralCriterionResult> criteria, QuarterlyScore score, RatingSuggestion suggestion,
                        List<ScoreProblem> problems) {

    public LiveScore {
        criteria = List.copyOf(criteria);
        problems = List.copyOf(problems);
    }

    /** A reason the sheet cannot be scored yet, as a message key with its arguments. */
    public record ScoreProblem(String messageKey, List<Object> arguments) {

        public ScoreProblem {
            arguments = List.copyOf(arguments);
        }
    }

    public boolean scored() {
        return score != null;
    }

    /** The total as kept and shown: rounded half-up to 2 decimals (seed 002 Phụ lục 2: "91,93 điểm"). */
    public BigDecimal roundedTotal() {
        return score == null ? null : score.total().rounded(2);
    }

    /**
     * Scores the sheet as the score-sheet page does: the sheet alone is the case (not a leader, no veto event, no
     * collective; those are weighed at appraisal). Criteria not named count as met.
     */
    public static LiveScore of(EvaluationSchemeView scheme, Map<String, Boolean> met,
                               Map<Integer, BigDecimal> axisMaxPoints, Map<Integer, List<TaskResult>> tasksByAxis) {
        List<GeneralCriterionResult> criteria = scheme.criteria().stream()
                .map(c -> new GeneralCriterionResult(c.code(), c.maxPoints(), met.getOrDefault(c.code(), true)))
                .toList();
        List<ScoreProblem> problems = new ArrayList<>();
        List<AxisTasks> axes = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        int taskCount = 0;
        for (AxisDefinition axis : scheme.axes()) {
            BigDecimal max = axisMaxPoints.getOrDefault(axis.number(), BigDecimal.ZERO);
            List<TaskResult> tasks = tasksByAxis.getOrDefault(axis.number(), List.of());
            weights = weights.add(max);
            taskCount += tasks.size();
            if (max.signum() > 0 && tasks.isEmpty()) {
                problems.add(new ScoreProblem("assessment.error.axisWithoutTasks",
                        List.of(axis.number(), max.stripTrailingZeros().toPlainString())));
            } else {
                axes.add(new AxisTasks(axis.number(), max, tasks));
            }
        }
        if (weights.compareTo(scheme.taskMaxPoints()) != 0) {
            problems.add(0, new ScoreProblem("assessment.error.weightsTotal", List.of(
                    scheme.taskMaxPoints().stripTrailingZeros().toPlainString(),
                    weights.stripTrailingZeros().toPlainString())));
        }
        if (taskCount == 0) {
            problems.add(new ScoreProblem("assessment.self.score.noTasks", List.of()));
        }
        if (!problems.isEmpty()) {
            return new LiveScore(criteria, null, null, problems);
        }
        RatingCase ratingCase = RatingCase.builder().scoreSheet(criteria, axes).build();
        return new LiveScore(criteria, ratingCase.score(),
                new RatingEngine().suggest(ratingCase, scheme.ratingRules()), List.of());
    }
}
