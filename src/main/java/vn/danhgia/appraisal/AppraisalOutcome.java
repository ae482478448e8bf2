package vn.danhgia.appraisal;

import java.util.List;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.TaskResult;

/**
 * What the appraisal (thẩm định) of a self-assessment hands to the steps after it: its status, the level it proposes
 * and, once it is completed on a submitted self-assessment, the appraised figures scored as the score sheet scores
 * the cadre's (seed 002 §4 Bước 3).
 *
 * @param appraisedScore null until the appraisal is completed on a submitted self-assessment
 * @param appraisedTasks the tasks with the appraised figures; empty while {@code appraisedScore} is null
 */
public record AppraisalOutcome(AppraisalStatus status, RatingLevel proposedLevel, LiveScore appraisedScore,
                               List<TaskResult> appraisedTasks) {

    public AppraisalOutcome {
        appraisedTasks = List.copyOf(appraisedTasks);
    }
}
