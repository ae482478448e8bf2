package vn.danhgia.rules.yearend;

import java.util.Objects;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;

/**
 * A person's rating for one rated period.
 *
 * @param year          the calendar year
 * @param period        quarter I–III or the year-end rating
 * @param level         the level the authority decided
 * @param proposedLevel the level proposed for it (seed 002 §5 prefers "số quý được đề xuất xếp loại Hoàn thành xuất
 *                      sắc nhiệm vụ nhiều hơn"); the decided level when no proposal is recorded
 */
public record PeriodRating(int year, RatedPeriod period, RatingLevel level, RatingLevel proposedLevel) {

    public PeriodRating {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(proposedLevel, "proposedLevel");
    }

    public static PeriodRating of(int year, RatedPeriod period, RatingLevel level) {
        return new PeriodRating(year, period, level, level);
    }

    /** Position in the sequence of rated periods: Q1, Q2, Q3, year-end, next year's Q1 … are consecutive numbers. */
    public int sequence() {
        return sequenceOf(year, period);
    }

    static int sequenceOf(int year, RatedPeriod period) {
        return year * RatedPeriod.values().length + period.ordinal();
    }
}
