package vn.danhgia.decision.internal;

import java.util.List;
import vn.danhgia.appraisal.AppraisalOutcome;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quarterly.CollectiveResult;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.rules.quarterly.RatingCase;
import vn.danhgia.rules.quarterly.RatingEngine;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quarterly.TaskResult;

/**
 * What is known of a cadre's quarter before the decision: the self-assessment, the appraisal and the appraised figures
 * scored. {@code appraisedScore} is null until the appraisal is completed and scored.
 */
record CadreFacts(DecisionCandidate candidate, SelfAssessmentView selfAssessment, AppraisalOutcome appraisal,
                  LiveScore appraisedScore, List<TaskResult> appraisedTasks, RatingRules rules) {

    boolean appraisalCompleted() {
        return appraisal != null && appraisal.status() == AppraisalStatus.COMPLETED && appraisedScore != null
                && appraisedScore.scored();
    }

    RatingLevel selfProposed() {
        return selfAssessment == null || selfAssessment.proposedLevel() == null ? null
                : RatingLevel.valueOf(selfAssessment.proposedLevel());
    }

    QuarterlyScore score() {
        return appraisalCompleted() ? appraisedScore.score() : null;
    }

    /**
     * The engine's suggestion for the appraised figures with the collective's result (seed 002 §6.3, seed 004 §VII.2)
     * and a force majeure the authority confirms with its reason (seed 002 §6.1); null before a completed appraisal.
     */
    RatingSuggestion suggestion(CollectiveResult collective, String forceMajeureReason) {
        if (!appraisalCompleted()) {
            return null;
        }
        RatingCase.Builder ratingCase = RatingCase.builder().score(appraisedScore.score()).tasks(appraisedTasks)
                .inCollective(candidate.collectiveRole(), collective);
        if (forceMajeureReason != null) {
            ratingCase.forceMajeure(forceMajeureReason);
        }
        return new RatingEngine().suggest(ratingCase.build(), rules);
    }
}
