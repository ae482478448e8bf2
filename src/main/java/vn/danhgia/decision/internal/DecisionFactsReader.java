package vn.danhgia.decision.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danhgia.appraisal.AppraisalOutcome;
import vn.danhgia.appraisal.AppraisalOutcomes;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Reads the cadres' self-assessments and appraisals for the quarter and scores the appraised figures: a fixed number
 * of queries for any number of cadres, so that a board costs the same for twenty as for two thousand.
 */
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
        return read(List.of(candidate), quarter).get(candidate.cadre());
    }

    /** The facts of each candidate; a self-assessment outside the reader's scope reads as none. */
    Map<CadreId, CadreFacts> read(Collection<DecisionCandidate> candidates, Quarter quarter) {
        Map<CadreId, SelfAssessmentView> assessments = selfAssessments.ofCadres(
                candidates.stream().map(DecisionCandidate::cadre).toList(), quarter);
        Map<String, EvaluationSchemeView> byCode = new HashMap<>();
        Map<Long, AppraisalOutcome> outcomes = appraisals.of(assessments.values(),
                assessment -> schemeOf(assessment, byCode));
        RatingRules defaults = null;
        Map<CadreId, CadreFacts> facts = new HashMap<>();
        for (DecisionCandidate candidate : candidates) {
            SelfAssessmentView assessment = assessments.get(candidate.cadre());
            if (assessment == null) {
                if (defaults == null) {
                    defaults = defaultRules(quarter);
                }
                facts.put(candidate.cadre(), new CadreFacts(candidate, null, null, null, List.of(), defaults));
                continue;
            }
            RatingRules rules = schemeOf(assessment, byCode).ratingRules();
            AppraisalOutcome appraisal = outcomes.get(assessment.id());
            facts.put(candidate.cadre(), appraisal == null || appraisal.appraisedScore() == null
                    ? new CadreFacts(candidate, assessment, appraisal, null, List.of(), rules)
                    : new CadreFacts(candidate, assessment, appraisal, appraisal.appraisedScore(),
                            appraisal.appraisedTasks(), rules));
        }
        return facts;
    }

    private EvaluationSchemeView schemeOf(SelfAssessmentView assessment, Map<String, EvaluationSchemeView> byCode) {
        return byCode.computeIfAbsent(assessment.schemeCode(), code -> schemes.byCode(code).orElseThrow(() ->
                new IllegalStateException("scheme " + code + " is gone")));
    }

    private RatingRules defaultRules(Quarter quarter) {
        return schemes.inForce(quarter.lastDay()).map(EvaluationSchemeView::ratingRules)
                .orElseGet(RatingRules::defaults);
    }
}
