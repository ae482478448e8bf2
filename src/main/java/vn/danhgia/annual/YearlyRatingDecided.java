package vn.danhgia.annual;

import vn.danhgia.rules.RatingLevel;

/** The annual authority decided a subject's yearly level (seed 003 §II.1; seed 004 §V). */
public record YearlyRatingDecided(long ratingId, YearlyTrack track, Long cadreId, long unitId, int year,
                                  RatingLevel level) {
}
