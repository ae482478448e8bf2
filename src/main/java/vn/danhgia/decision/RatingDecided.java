package vn.danhgia.decision;

import vn.danhgia.scheme.Quarter;

/**
 * The competent authority decided a cadre's quarterly rating (seed 002 §4 Bước 4), or recorded the higher authority's
 * decision; it is announced later.
 */
public record RatingDecided(long ratingId, long cadreId, long unitId, Quarter quarter) {
}
