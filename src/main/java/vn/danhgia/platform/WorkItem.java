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
 * @param quarter    the period's quarter (1–4); 0 for work of the whole year (the annual cycle)
 * @param deadline   the last day in time; null when the scheme sets none
 * @param link       the page of the step, relative to the application
 */
public record WorkItem(String messageKey, String subject, int year, int quarter, LocalDate deadline, String link) {

    /** Past its last day on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
