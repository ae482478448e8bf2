package vn.danhgia.emulation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's review meeting (họp bình xét, seed 003 §IV) once closed, as the dossier's documents print it.
 *
 * @param heldOn         the meeting's day; null when the meeting did not record it
 * @param councilMembers the members of the emulation council, the base of every vote share; null when not recorded
 */
public record ClosedReview(long reviewId, long unitId, String unitName, int year, LocalDate heldOn,
                           Integer councilMembers, String chair, String secretary, String minutes, Instant closedAt) {
}
