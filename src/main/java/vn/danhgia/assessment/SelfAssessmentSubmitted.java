package vn.danhgia.assessment;

import java.math.BigDecimal;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** A cadre submitted their self-assessment for appraisal, with the total the engine gave it (2 decimals). */
public record SelfAssessmentSubmitted(long selfAssessmentId, CadreId cadre, Quarter quarter, BigDecimal total) {
}
