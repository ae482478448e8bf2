package vn.danhgia.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.review.AppraisalStatus;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.TaskResult;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/** Reads a cadre's self-assessment and appraisal for the quarter and scores the appraised figures. */
@Component
class DecisionFactsReader {

    private final SelfAssessmentService selfAssessments;
    private final AppraisalRepository appraisals;
    private final SchemeCatalog schemes;

    DecisionFactsReader(SelfAssessmentService selfAssessments, AppraisalRepository appraisals,
                        SchemeCatalog schemes) {
        this.selfAssessments = selfAssessments;
        this.appraisals = appraisals;
        this.schemes = schemes;
    }

    CadreFacts read(DecisionCandidate candidate, Quarter quarter) {
        Optional<SelfAssessmentView> found;
        try {
            found = selfAssessments.ofCadre(candidate.cadre(), quarter);
        } catch (RecordNotFoundException outsideReadersScope) {
            found = Optional.empty();
        }
        SelfAssessmentView assessment = found.orElse(null);
        if (assessment == null) {
            return new CadreFacts(candidate, null, null, null, List.of(), defaultRules(quarter));
        }
        EvaluationSchemeView scheme = schemes.byCode(assessment.schemeCode()).orElseThrow(() ->
                new IllegalStateException("scheme " + assessment.schemeCode() + " is gone"));
        Appraisal appraisal = appraisals.findBySelfAssessment(assessment.id()).orElse(null);
        if (appraisal == null || appraisal.status() != AppraisalStatus.COMPLETED
                || assessment.status() != SelfAssessmentStatus.SUBMITTED) {
            return new CadreFacts(candidate, assessment, appraisal, null, List.of(), scheme.ratingRules());
        }
        LiveScore score = JpaAppraisalService.appraisedScore(scheme, assessment, appraisal.tasks());
        List<TaskResult> tasks = JpaAppraisalService.appraisedTasks(assessment, appraisal.tasks()).values()
                .stream().flatMap(List::stream).toList();
        return new CadreFacts(candidate, assessment, appraisal, score, tasks, scheme.ratingRules());
    }

    private RatingRules defaultRules(Quarter quarter) {
        return schemes.inForce(quarter.lastDay()).map(EvaluationSchemeView::ratingRules)
                .orElseGet(RatingRules::defaults);
    }
}
