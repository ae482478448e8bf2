package vn.danhgia.publication;

import java.time.Instant;

/** A complaint about an announced rating with its handling. */
public record ComplaintView(long id, long version, long ratingId, long cadreId, String cadreName, long unitId,
                            String unitName, int year, int quarter, String text, Instant filedAt,
                            ComplaintStatus status, Long assignedCadreId, String assignedName, String answer,
                            String answeredBy, Instant answeredAt) {
}
