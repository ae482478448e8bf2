package vn.danhgia.assessment;

import java.math.BigDecimal;
import vn.danhgia.scheme.Quarter;

/**
 * One line of "Tự đánh giá": a quarter of the cadre, whether the scheme rates it, and the self-assessment if one was
 * opened (id null otherwise).
 *
 * @param openable rated, begun and not opened yet: the cadre may open it now
 */
public record SelfAssessmentSummary(Quarter quarter, boolean rated, boolean openable, Long id,
                                    SelfAssessmentStatus status, String proposedLevel, BigDecimal submittedTotal) {
}
