package vn.danhgia.annual;

import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * A live yearly rating as the emulation rules read it (issue 14 §3): whose and which year, whether the authority has
 * decided it (decided, announced or locked) with the level it decided, and the heaviest discipline of the year.
 *
 * @param subjectId the cadre's id on the STATE and PARTY tracks, the unit's id on the COLLECTIVE track
 * @param level     the decided level, null while the rating is not decided
 */
public record YearlyOutcome(long ratingId, YearlyTrack track, long subjectId, long unitId, int year, boolean decided,
                            RatingLevel level, DisciplineForm discipline) {
}
