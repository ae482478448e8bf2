package vn.danhgia.platform;

import java.time.LocalDate;

/**
 * One open item of work (việc cần làm) for the signed-in person, as a module reports it for the home page's to-do
 * list and {@code /api/v1/todo}: what to do (a message key of the module's bundle), whose record, the quarter, the
 * scheme's last day in time for it (none when the scheme sets none) and the page where the step is done.
 *
 * @param messageKey what to do, e.g. {@code planning.todo.approve}
 * @param subject    whose record (the cadre's or the unit's name)
 * @param year       the period's year
 * @param quarter    the period's quarter (1–4), or {@link #WHOLE_YEAR} for work of the whole year (the annual cycle):
 *                   build those with {@link #ofYear} and test them with {@link #yearLong()}
 * @param deadline   the last day in time; null when the scheme sets none
 * @param link       the page of the step, relative to the application
 */
public record WorkItem(String messageKey, String subject, int year, int quarter, LocalDate deadline, String link) {

    /** The {@code quarter} of work that belongs to the whole year rather than to one of its quarters. */
    public static final int WHOLE_YEAR = 0;

    public WorkItem {
        if (quarter != WHOLE_YEAR && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4 or WHOLE_YEAR, was " + quarter);
        }
    }

    /** Work of the whole {@code year} (the annual cycle: self-review, meetings, dossiers), in no quarter. */
    public static WorkItem ofYear(String messageKey, String subject, int year, LocalDate deadline, String link) {
        return new WorkItem(messageKey, subject, year, WHOLE_YEAR, deadline, link);
    }

    /** Work of the whole year, not of one quarter: a quarter-based page must not open on it. */
    public boolean yearLong() {
        return quarter == WHOLE_YEAR;
    }

    /** Past its last day on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
