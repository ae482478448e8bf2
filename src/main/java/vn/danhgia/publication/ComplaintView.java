package vn.danhgia.publication;

import java.time.Instant;
import vn.danhgia.decision.RatingPeriod;

/**
 * A complaint about an announced rating with its handling.
 *
 * @param quarter the quarter of a quarterly rating; 0 for a longer period (see {@code period})
 */
public record ComplaintView(long id, long version, RatingKind ratingKind, long ratingId, long cadreId,
                            String cadreName, long unitId, String unitName, RatingPeriod period, int year,
                            int quarter, String text, Instant filedAt, ComplaintStatus status, Long assignedCadreId,
                            String assignedName, String answer, String answeredBy, Instant answeredAt) {
}
