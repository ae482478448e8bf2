package vn.danhgia.appraisal;

import java.util.Optional;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.scheme.EvaluationSchemeView;

/** The appraisal of a self-assessment as the decision reads it, without the reader's access to the appraisal page. */
public interface AppraisalOutcomes {

    /** The outcome of the self-assessment's appraisal under its scheme; empty when it has none yet. */
    Optional<AppraisalOutcome> of(SelfAssessmentView assessment, EvaluationSchemeView scheme);
}
