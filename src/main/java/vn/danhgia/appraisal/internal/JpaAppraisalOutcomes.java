package vn.danhgia.appraisal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.appraisal.AppraisalOutcome;
import vn.danhgia.appraisal.AppraisalOutcomes;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.rules.TaskResult;
import vn.danhgia.scheme.EvaluationSchemeView;

@Component
class JpaAppraisalOutcomes implements AppraisalOutcomes {

    private final AppraisalRepository appraisals;

    JpaAppraisalOutcomes(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public Optional<AppraisalOutcome> of(SelfAssessmentView assessment, EvaluationSchemeView scheme) {
        return appraisals.findBySelfAssessment(assessment.id()).map(appraisal -> {
            if (appraisal.status() != AppraisalStatus.COMPLETED
                    || assessment.status() != SelfAssessmentStatus.SUBMITTED) {
                return new AppraisalOutcome(appraisal.status(), appraisal.proposedLevel(), null, List.of());
            }
            LiveScore score = JpaAppraisalService.appraisedScore(scheme, assessment, appraisal.tasks());
            List<TaskResult> tasks = JpaAppraisalService.appraisedTasks(assessment, appraisal.tasks()).values()
                    .stream().flatMap(List::stream).toList();
            return new AppraisalOutcome(appraisal.status(), appraisal.proposedLevel(), score, tasks);
        });
    }
}
