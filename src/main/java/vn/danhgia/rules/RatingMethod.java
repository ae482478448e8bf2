package vn.danhgia.rules;

/**
 * How a scheme derives a level: the points band and the level's conditions (Quy định 366 Điều 11, seed 002), or the
 * conditions only (seed 000 §III.3 has no points).
 */
public enum RatingMethod {
    BANDS_AND_CONDITIONS,
    CONDITIONS_ONLY
}
