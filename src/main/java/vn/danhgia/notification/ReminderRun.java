package vn.danhgia.notification;

import java.time.LocalDate;

/**
 * What one run of the deadline reminders did (published as an event after each run).
 *
 * @param notifications in-app notifications stored by this run (reminders stored by an earlier run are not counted)
 * @param mails         e-mails handed to the SMTP server
 * @param mailFailures  e-mails that could not be sent (logged; the run goes on)
 */
public record ReminderRun(LocalDate day, int notifications, int mails, int mailFailures) {
}
