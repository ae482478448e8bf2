package vn.danhgia.scheme;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar deadline of a scheme, as the documents state them: a day of a month placed relative to the rated
 * quarter (seed 002 §4: plan "chậm nhất đến ngày 25 tháng cuối của quý trước"; seed 000 §III.4: self-assessment
 * "trước ngày 15 tháng cuối quý").
 *
 * @param inclusive true for "chậm nhất đến ngày N" (day N is still in time), false for "trước ngày N"
 */
public record Deadline(DeadlineStep step, DeadlineMonth month, int day, boolean inclusive) {

    public Deadline {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day must be 1 to 31, was " + day);
        }
    }

    /** The last day on which the step is still in time for the given quarter (1 to 4) of a year. */
    public LocalDate lastDayInTime(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        YearMonth quarterLastMonth = YearMonth.of(year, quarter * 3);
        YearMonth target = switch (month) {
            case PREVIOUS_QUARTER_LAST_MONTH -> quarterLastMonth.minusMonths(3);
            case QUARTER_LAST_MONTH -> quarterLastMonth;
            case NEXT_QUARTER_FIRST_MONTH -> quarterLastMonth.plusMonths(1);
        };
        LocalDate named = target.atDay(Math.min(day, target.lengthOfMonth()));
        return inclusive ? named : named.minusDays(1);
    }
}
