package vn.danhgia.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.danhgia.notification.ReminderSql.Recipient;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Deadline reminders (nhắc hạn): for the scheme in force, each step with reminders whose last day in time falls within
 * the next {@code danhgia.reminders.days-before} days (today included) reminds everyone who has not done the step yet,
 * once a day: an in-app notification, and an e-mail to those with an address. A reminder already stored for the day
 * (dedup key) is neither stored nor mailed again. E-mail failures are logged and the run goes on.
 * <p>
 * Steps, each reminding the people who still have work for it (seed 002 §4, seed 000 §III.4): the plan of a quarter
 * (seed 002 §4 Bước 1: "chậm nhất đến ngày 25 tháng cuối của quý trước"), not asked for quarters whose tasks are listed
 * directly in the self-assessment (seed 002 §4 Bước 2: quý II/2026), and the self-assessment (seed 000 §III.4:
 * "trước ngày 15 tháng cuối quý"), to each cadre who has not sent it; the appraisal (Bước 3), to the personnel officers
 * serving a unit with a sent self-assessment not yet appraised; the vote (seed 000 §III.4: "trước ngày 18 tháng cuối
 * quý … bỏ phiếu biểu quyết"), to the members of each council of the quarter whose vote is not closed, one reminder
 * per council; the decision (Bước 4), to the authorities that decide for a cadre whose appraisal is done and whose
 * rating is not decided; the report and the report upwards (Bước 5; seed 000 §III.4 "Báo cáo kết quả"), to the
 * personnel officers serving a unit where someone who sent a self-assessment has no announced rating yet. A step
 * the scheme sets no deadline for is not reminded. Only quarters the scheme rates are reminded.
 */
@Service
public class DeadlineReminders {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Arguments are stored one per line: quarter, last day, the person's name. */
    static final String ARGUMENT_SEPARATOR = "\n";
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final SchemeCatalog schemes;
    private final ReminderSql sql;
    private final NoticeDelivery delivery;
    private final Clock clock;
    private final int daysBefore;

    DeadlineReminders(SchemeCatalog schemes, ReminderSql sql, NoticeDelivery delivery, Clock clock,
                      @Value("${danhgia.reminders.days-before:3}") int daysBefore) {
        this.schemes = schemes;
        this.sql = sql;
        this.delivery = delivery;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** A step of a quarter whose last day in time is near. */
    record DueStep(DeadlineStep step, Quarter quarter, LocalDate lastDay) {
    }

    /** Reminds everyone of today's near deadlines (by the clock) and says what was done. */
    public ReminderRun remind() {
        LocalDate today = LocalDate.now(clock);
        int notifications = 0;
        int mails = 0;
        int failures = 0;
        Optional<EvaluationSchemeView> scheme = schemes.inForce(today);
        for (DueStep due : scheme.map(s -> dueSteps(s, today)).orElse(List.of())) {
            for (Recipient recipient : sql.stillToDo(due.step(), due.quarter(), today)) {
                String key = "notification.reminder." + due.step().name();
                List<String> arguments = List.of(due.quarter().toString(), DAY.format(due.lastDay()), recipient.name());
                String link = link(due.step(), recipient.recordId());
                String dedupKey = "%s:%d-%d:account %d:%s%s".formatted(due.step(), due.quarter().year(),
                        due.quarter().number(), recipient.accountId(),
                        recipient.recordId() == null ? "" : "record " + recipient.recordId() + ":", today);
                NoticeDelivery.Outcome outcome = delivery.deliver(recipient.accountId(), recipient.email(), key,
                        arguments, link, dedupKey);
                if (outcome != NoticeDelivery.Outcome.ALREADY_TOLD) {
                    notifications++;
                }
                if (outcome == NoticeDelivery.Outcome.MAILED) {
                    mails++;
                } else if (outcome == NoticeDelivery.Outcome.MAIL_FAILED) {
                    failures++;
                }
            }
        }
        ReminderRun run = new ReminderRun(today, notifications, mails, failures);
        log.info("Deadline reminders for {}: {} notifications, {} e-mails, {} e-mails failed", today,
                notifications, mails, failures);
        return run;
    }

    /** The steps with reminders whose last day in time is between today and today + days-before. */
    List<DueStep> dueSteps(EvaluationSchemeView scheme, LocalDate today) {
        LocalDate horizon = today.plusDays(daysBefore);
        Quarter current = Quarter.containing(today);
        List<DueStep> due = new ArrayList<>();
        for (DeadlineStep step : ReminderSql.stepsWithReminders()) {
            for (Quarter quarter : List.of(current.previous(), current, current.next(), current.next().next())) {
                if (!scheme.rates(quarter) || (step == DeadlineStep.PLAN && scheme.listsTasksDirectly(quarter))) {
                    continue;
                }
                scheme.lastDayInTime(step, quarter)
                        .filter(day -> !day.isBefore(today) && !day.isAfter(horizon))
                        .ifPresent(day -> due.add(new DueStep(step, quarter, day)));
            }
        }
        return due;
    }

    /** The page where the person does the step; a vote links to its council. */
    private static String link(DeadlineStep step, Long recordId) {
        return switch (step) {
            case PLAN -> "/plans";
            case SELF_ASSESSMENT -> "/assessment/self-assessments";
            case APPRAISAL -> "/review/appraisals";
            case VOTE -> recordId == null ? "/review/councils" : "/review/councils/" + recordId;
            case DECISION -> "/review/decisions";
            case REPORT, REPORT_UPWARD -> "/progress";
        };
    }
}
