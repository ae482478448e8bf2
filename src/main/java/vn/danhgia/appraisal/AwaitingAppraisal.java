package vn.danhgia.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import vn.danhgia.scheme.Quarter;

/**
 * A submitted self-assessment in the personnel office's scope that has no completed appraisal yet.
 *
 * @param appraisalId the draft appraisal if one was opened; null otherwise
 */
public record AwaitingAppraisal(long selfAssessmentId, long cadreId, String cadreCode, String cadreName,
                                String unitName, Quarter quarter, BigDecimal submittedTotal, Instant submittedAt,
                                Long appraisalId) {
}
