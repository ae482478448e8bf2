package vn.danhgia.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline reminders every day (07:00 in Vietnam unless {@code danhgia.reminders.cron} says otherwise;
 * "-" turns the schedule off). The lock on the database makes the run happen once however many instances share the
 * database: an instance that finds the lock taken skips the run; the lock is held at least a few minutes so an
 * instance whose clock is a little behind does not run it again.
 */
@Component
public class ReminderJob {

    private final DeadlineReminders reminders;
    private final AnnualReminders annualReminders;
    private final ApplicationEventPublisher events;

    ReminderJob(DeadlineReminders reminders, AnnualReminders annualReminders, ApplicationEventPublisher events) {
        this.reminders = reminders;
        this.annualReminders = annualReminders;
        this.events = events;
    }

    @Scheduled(cron = "${danhgia.reminders.cron:0 0 7 * * *}", zone = "${danhgia.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "deadline-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void run() {
        // One run, one event: the quarterly steps and the annual calendar's steps together.
        ReminderRun quarterly = reminders.remind();
        ReminderRun annual = annualReminders.remind();
        events.publishEvent(new ReminderRun(quarterly.day(), quarterly.notifications() + annual.notifications(),
                quarterly.mails() + annual.mails(), quarterly.mailFailures() + annual.mailFailures()));
    }
}
