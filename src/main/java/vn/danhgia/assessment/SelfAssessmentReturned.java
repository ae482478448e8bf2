package vn.danhgia.assessment;

import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** The unit's leadership returned a submitted self-assessment to the cadre for revision, saying why. */
public record SelfAssessmentReturned(long selfAssessmentId, CadreId cadre, Quarter quarter, String note) {
}
