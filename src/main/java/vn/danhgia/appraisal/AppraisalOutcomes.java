package vn.danhgia.appraisal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.scheme.EvaluationSchemeView;

/** The appraisal of a self-assessment as the decision reads it, without the reader's access to the appraisal page. */
public interface AppraisalOutcomes {

    /** The outcome of the self-assessment's appraisal under its scheme; empty when it has none yet. */
    Optional<AppraisalOutcome> of(SelfAssessmentView assessment, EvaluationSchemeView scheme);

    /**
     * The same for many self-assessments with a fixed number of queries, keyed by the self-assessment's id; those
     * without an appraisal are missing.
     */
    Map<Long, AppraisalOutcome> of(Collection<SelfAssessmentView> assessments,
                                   Function<SelfAssessmentView, EvaluationSchemeView> schemeOf);
}
