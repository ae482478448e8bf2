package vn.danhgia.publication;

import java.time.Instant;
import vn.danhgia.decision.RatingPeriod;

/**
 * What the complaint workflow needs to know of a rating, whatever its period: who was rated (a collective's rating has
 * no cadre, so no one can complain about it), in which unit, for which period, and whether and when it was announced
 * (the complaint window runs from the announcement).
 *
 * @param statusKey message key of the rating's status, named in a refusal
 */
public record RatedRecord(RatingKind kind, long id, Long cadreId, long unitId, RatingPeriod period, boolean announced,
                          Instant announcedAt, String statusKey) {
}
