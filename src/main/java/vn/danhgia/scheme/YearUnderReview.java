package vn.danhgia.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import org.springframework.stereotype.Service;

/**
 * The year under review (năm kiểm điểm) on a day, which every annual page opens on when the reader chose none, and
 * which the demo prepares: one rule, so they all agree. The annual plans hold the review in November and December
 * (seed 003: 13–15/12; seed 004: 26/11–15/12) and consolidate its results into the first months of the next year, so
 * in the first half of a year the year under review is still the last one. It becomes this year on 1 July, or on the
 * first day of the month of a shipped calendar's earliest review step if that comes before July (the emulation
 * registration at the start of a year belongs to that year, not to the review season).
 */
@Service
public class YearUnderReview {

    /** Without a calendar, or with calendars whose steps all fall in the second half: this year from 1 July. */
    static final MonthDay HALF_YEAR = MonthDay.of(7, 1);

    private final AnnualCalendars calendars;
    private final Clock clock;

    YearUnderReview(AnnualCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The year under review today. */
    public int now() {
        return on(LocalDate.now(clock));
    }

    /** The chosen year if there is one, else the year under review today. */
    public int orNow(Integer chosen) {
        return chosen != null ? chosen : now();
    }

    public int on(LocalDate day) {
        MonthDay from = calendars.all().stream().flatMap(calendar -> calendar.steps().stream())
                .filter(step -> !step.step().opensTheYear())
                .map(step -> MonthDay.of(step.month(), 1))
                .min(Comparator.naturalOrder()).filter(first -> first.isBefore(HALF_YEAR)).orElse(HALF_YEAR);
        return on(day, from);
    }

    /** The rule without the calendars: this year from the day the review season begins, else last year. */
    static int on(LocalDate day, MonthDay seasonBegins) {
        return MonthDay.from(day).isBefore(seasonBegins) ? day.getYear() - 1 : day.getYear();
    }
}
