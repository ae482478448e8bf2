package vn.danhgia.decision.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.appraisal.AppraisalOutcome;
import vn.danhgia.appraisal.AppraisalOutcomes;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/** Reads a cadre's self-assessment and appraisal for the quarter and scores the appraised figures. */
@Component
class DecisionFactsReader {

    private final SelfAssessmentService selfAssessments;
    private final AppraisalOutcomes appraisals;
    private final SchemeCatalog schemes;

    DecisionFactsReader(SelfAssessmentService selfAssessments, AppraisalOutcomes appraisals,
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
        AppraisalOutcome appraisal = appraisals.of(assessment, scheme).orElse(null);
        if (appraisal == null || appraisal.appraisedScore() == null) {
            return new CadreFacts(candidate, assessment, appraisal, null, List.of(), scheme.ratingRules());
        }
        return new CadreFacts(candidate, assessment, appraisal, appraisal.appraisedScore(), appraisal.appraisedTasks(),
                scheme.ratingRules());
    }

    private RatingRules defaultRules(Quarter quarter) {
        return schemes.inForce(quarter.lastDay()).map(EvaluationSchemeView::ratingRules)
                .orElseGet(RatingRules::defaults);
    }
}
