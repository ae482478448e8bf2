package vn.danhgia.appraisal.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.appraisal.AppraisalOutcome;
import vn.danhgia.appraisal.AppraisalOutcomes;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.EvaluationSchemeView;

@Component
class JpaAppraisalOutcomes implements AppraisalOutcomes {

    private final AppraisalRepository appraisals;

    JpaAppraisalOutcomes(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public Optional<AppraisalOutcome> of(SelfAssessmentView assessment, EvaluationSchemeView scheme) {
        return appraisals.findBySelfAssessment(assessment.id()).map(appraisal -> outcome(appraisal, assessment,
                scheme));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AppraisalOutcome> of(Collection<SelfAssessmentView> assessments,
                                          Function<SelfAssessmentView, EvaluationSchemeView> schemeOf) {
        if (assessments.isEmpty()) {
            return Map.of();
        }
        Map<Long, SelfAssessmentView> byId = new HashMap<>();
        assessments.forEach(assessment -> byId.put(assessment.id(), assessment));
        Map<Long, AppraisalOutcome> outcomes = new HashMap<>();
        for (Appraisal appraisal : appraisals.findBySelfAssessments(byId.keySet())) {
            SelfAssessmentView assessment = byId.get(appraisal.selfAssessmentId());
            outcomes.put(assessment.id(), outcome(appraisal, assessment, schemeOf.apply(assessment)));
        }
        return outcomes;
    }

    private static AppraisalOutcome outcome(Appraisal appraisal, SelfAssessmentView assessment,
                                            EvaluationSchemeView scheme) {
        if (appraisal.status() != AppraisalStatus.COMPLETED
                || assessment.status() != SelfAssessmentStatus.SUBMITTED) {
            return new AppraisalOutcome(appraisal.status(), appraisal.proposedLevel(), null, List.of());
        }
        LiveScore score = JpaAppraisalService.appraisedScore(scheme, assessment, appraisal.tasks());
        List<TaskResult> tasks = JpaAppraisalService.appraisedTasks(assessment, appraisal.tasks()).values()
                .stream().flatMap(List::stream).toList();
        return new AppraisalOutcome(appraisal.status(), appraisal.proposedLevel(), score, tasks);
    }
}
