package vn.danhgia.decision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.danhgia.scheme.Quarter;

/**
 * The period a rating is about (kỳ đánh giá, xếp loại), the one notion every step of the rating pipeline works on: a
 * quarter (quý, seed 002 §4), a half-year (6 tháng, the rating of a cadre exempted under seed 002 §3.3) or a year
 * (cuối năm, seeds 003 and 004). The related notions stay what they are and map onto it: {@link Quarter} is the
 * quarterly cycle's calendar unit ({@link #of(Quarter)}, {@link #quarter()}); {@link PeriodRef} is a place in the
 * sequence of rated periods the year-end rules count (quarter IV folded into the year-end, seed 000 §I.2.2), which is
 * a rules concern, not a period a rating is stored for; {@link ExemptRatingPeriod} names which kind of period an
 * exempted cadre is rated on ({@link #kindOf(ExemptRatingPeriod)}).
 *
 * @param kind  quarter, half-year or year
 * @param year  the calendar year
 * @param index the quarter (1–4) or the half (1–2); 0 for a year
 */
public record RatingPeriod(Kind kind, int year, int index) implements Comparable<RatingPeriod> {

    /** What length of period is rated. */
    public enum Kind {
        QUARTER(4),
        HALF_YEAR(2),
        YEAR(0);

        private final int parts;

        Kind(int parts) {
            this.parts = parts;
        }

        /** Key of the period's label, with the index and the year as arguments. */
        public String labelKey() {
            return "review.period." + name();
        }
    }

    public RatingPeriod {
        if (kind == null) {
            throw new IllegalArgumentException("a rating period needs its kind");
        }
        if (year < 2000 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (kind == Kind.YEAR ? index != 0 : index < 1 || index > kind.parts) {
            throw new IllegalArgumentException(kind + " index out of range: " + index);
        }
    }

    public static RatingPeriod of(Quarter quarter) {
        return new RatingPeriod(Kind.QUARTER, quarter.year(), quarter.number());
    }

    public static RatingPeriod quarter(int year, int number) {
        return new RatingPeriod(Kind.QUARTER, year, number);
    }

    public static RatingPeriod halfYear(int year, int half) {
        return new RatingPeriod(Kind.HALF_YEAR, year, half);
    }

    public static RatingPeriod year(int year) {
        return new RatingPeriod(Kind.YEAR, year, 0);
    }

    /** The kind of period an exempted cadre is rated on (seed 002 §3.3: "định kỳ 6 tháng hoặc cuối năm"). */
    public static Kind kindOf(ExemptRatingPeriod exempt) {
        return exempt == ExemptRatingPeriod.HALF_YEAR ? Kind.HALF_YEAR : Kind.YEAR;
    }

    /** The quarter, for a quarterly period. */
    public Optional<Quarter> quarter() {
        return kind == Kind.QUARTER ? Optional.of(new Quarter(year, index)) : Optional.empty();
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case QUARTER -> YearMonth.of(year, index * 3 - 2).atDay(1);
            case HALF_YEAR -> YearMonth.of(year, index * 6 - 5).atDay(1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The period's last day: the scheme in force on it rules the period (its complaint window, among others). */
    public LocalDate lastDay() {
        return switch (kind) {
            case QUARTER -> YearMonth.of(year, index * 3).atEndOfMonth();
            case HALF_YEAR -> YearMonth.of(year, index * 6).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** "Quý II/2026", "6 tháng đầu năm 2026", "Năm 2026": {@link Kind#labelKey()} with these arguments. */
    public String labelKey() {
        return kind.labelKey();
    }

    public List<Object> labelArguments() {
        return List.of(index, year);
    }

    @Override
    public int compareTo(RatingPeriod other) {
        if (!lastDay().equals(other.lastDay())) {
            return lastDay().compareTo(other.lastDay());
        }
        return Integer.compare(kind.ordinal(), other.kind.ordinal());
    }
}
