package vn.danhgia.scheme;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * One step of an annual calendar: a day and month that apply to every year, as the plans state them ("xong trước ngày
 * 13/12", "trong ngày 15/12"), and to whom the step's papers go.
 *
 * @param inclusive true for "trong ngày N", "ngày N" (day N is still in time), false for "trước ngày N"
 * @param addressee who receives the dossiers or reports of the step (Sở Nội vụ, Ban Tổ chức Đảng ủy); null for none
 */
public record AnnualDeadline(AnnualStep step, int month, int day, boolean inclusive, String addressee) {

    public AnnualDeadline {
        if (step == null) {
            throw new IllegalArgumentException("step is required");
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12, was " + month);
        }
        // 29/2 is allowed: in other years it falls on 28/2.
        MonthDay.of(month, day);
        addressee = addressee == null || addressee.isBlank() ? null : addressee.strip();
    }

    /** The last day on which the step is still in time in the year. */
    public LocalDate lastDayInTime(int year) {
        YearMonth target = YearMonth.of(year, month);
        LocalDate named = target.atDay(Math.min(day, target.lengthOfMonth()));
        return inclusive ? named : named.minusDays(1);
    }
}
