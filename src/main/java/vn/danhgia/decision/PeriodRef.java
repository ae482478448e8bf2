package vn.danhgia.decision;

import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * One rated period of a year: quarter I, II or III, or the year-end rating that covers quarter IV (seed 000 §I.2.2).
 * Shown as "Quý II/2026" or "Cuối năm (gồm quý IV)/2026" with the rules bundle's {@code rule.rated-period.*} labels.
 */
public record PeriodRef(int year, RatedPeriod period) implements Comparable<PeriodRef> {

    public static PeriodRef of(Quarter quarter) {
        if (quarter.number() == 4) {
            return new PeriodRef(quarter.year(), RatedPeriod.YEAR_END);
        }
        return new PeriodRef(quarter.year(), RatedPeriod.values()[quarter.number() - 1]);
    }

    /** The next rated period: after quarter III comes the year-end rating, after it next year's quarter I. */
    public PeriodRef next() {
        return period == RatedPeriod.YEAR_END ? new PeriodRef(year + 1, RatedPeriod.Q1)
                : new PeriodRef(year, RatedPeriod.values()[period.ordinal() + 1]);
    }

    public String labelKey() {
        return "rule.rated-period." + period.name();
    }

    @Override
    public int compareTo(PeriodRef other) {
        return year != other.year ? Integer.compare(year, other.year) : period.compareTo(other.period);
    }
}
