package vn.danhgia.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;

/**
 * Reminders of the annual calendar's steps (seed 003 §II.2: bản kiểm điểm "xong trước ngày 13/12", hồ sơ "trong ngày
 * 13/12", "trong ngày 15/12"; seed 004 §IX: "trước ngày 28/11", "trước ngày 15/12"): for each calendar, each step whose
 * last day in the current year falls within the next {@code danhgia.reminders.days-before} days (today included)
 * reminds who still has its work, once a day, through {@link NoticeDelivery}. The self-review reminds each cadre in
 * post in the calendar's units whose year-end dossier holds no self-review yet; the dossier steps remind the
 * personnel officers serving a unit of the calendar with cadres in post whose package for the year has not been sent.
 * The meetings and the conference are not reminded: no record tells yet whether they took place.
 */
@Service
public class AnnualReminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(AnnualReminders.class);

    private static final String ACCOUNT_IN_POST = """
            from user_account ua join org_cadre c on c.id = ua.cadre_id
            join org_appointment post on post.cadre_id = c.id and post.start_date <= :day
                 and (post.end_date is null or post.end_date >= :day)
            join org_position p on p.id = post.position_id
            """;

    private static final String SELF_REVIEW_MISSING = """
            select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name,
                   cast(null as bigint) as record_id
            """ + ACCOUNT_IN_POST + """
            where ua.enabled = true and p.unit_id in (:units)
              and not exists (select 1 from annual_dossier d join annual_dossier_entry e on e.dossier_id = d.id
                              where d.holder = 'INDIVIDUAL' and d.subject_id = c.id and d.period_year = :year
                                and e.item = 'SELF_REVIEW' and e.entry = 'UPLOADED')
            order by ua.id""";

    /** The personnel officers serving (subtrees included) a unit with cadres in post and no package sent. */
    private static final String PACKAGE_NOT_SENT = """
            with recursive served (office_unit_id, unit_id) as (
                select office_unit_id, served_unit_id from org_served_unit
                union all
                select s.office_unit_id, u.id from served s join org_unit u on u.parent_id = s.unit_id
            )
            select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name, s.unit_id as record_id
            """ + ACCOUNT_IN_POST + """
            join user_role r on r.user_id = ua.id and r.role = 'PERSONNEL_OFFICER'
            join served s on s.office_unit_id = p.unit_id
            where ua.enabled = true and s.unit_id in (:units)
              and exists (select 1 from org_appointment rated join org_position rp on rp.id = rated.position_id
                          where rp.unit_id = s.unit_id and rated.start_date <= :day
                            and (rated.end_date is null or rated.end_date >= :day))
              and not exists (select 1 from annual_dossier_package pk where pk.unit_id = s.unit_id
                              and pk.period_year = :year)
            order by ua.id, s.unit_id""";

    private final AnnualCalendars calendars;
    private final OrganizationQueries organization;
    private final JdbcClient jdbc;
    private final NoticeDelivery delivery;
    private final Clock clock;
    private final int daysBefore;

    AnnualReminders(AnnualCalendars calendars, OrganizationQueries organization, JdbcClient jdbc,
                    NoticeDelivery delivery, Clock clock, @Value("${danhgia.reminders.days-before:3}") int daysBefore) {
        this.calendars = calendars;
        this.organization = organization;
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** A step of a calendar whose last day in the year is near. */
    record DueStep(AnnualCalendarView calendar, AnnualDeadline step, int year, LocalDate lastDay) {
    }

    /** Reminds everyone of today's near annual deadlines and says what was done. */
    public ReminderRun remind() {
        LocalDate today = LocalDate.now(clock);
        int notifications = 0;
        int mails = 0;
        int failures = 0;
        List<UnitView> units = organization.units();
        for (DueStep due : dueSteps(today)) {
            Set<Long> unitIds = unitsOf(due.calendar(), units);
            if (unitIds.isEmpty()) {
                continue;
            }
            for (ReminderSql.Recipient recipient : stillToDo(due, unitIds, today)) {
                String key = "notification.reminder.annual." + due.step().step().name();
                String link = recipient.recordId() == null
                        ? "/annual/dossiers/cadre-" + recipient.cadreId() + "?year=" + due.year()
                        : "/annual/dossiers?unit=" + recipient.recordId() + "&year=" + due.year();
                String dedupKey = "ANNUAL:%s:%s:%d:account %d:%s%s".formatted(due.calendar().code(),
                        due.step().step(), due.year(), recipient.accountId(),
                        recipient.recordId() == null ? "" : "unit " + recipient.recordId() + ":", today);
                NoticeDelivery.Outcome outcome = delivery.deliver(recipient.accountId(), recipient.email(), key,
                        List.of(String.valueOf(due.year()), DAY.format(due.lastDay()), recipient.name()), link,
                        dedupKey);
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
        log.info("Annual reminders for {}: {} notifications, {} e-mails, {} e-mails failed", today, notifications,
                mails, failures);
        return new ReminderRun(today, notifications, mails, failures);
    }

    /** The reminded steps whose last day in the year is between today and today + days-before. */
    List<DueStep> dueSteps(LocalDate today) {
        LocalDate horizon = today.plusDays(daysBefore);
        List<DueStep> due = new ArrayList<>();
        for (AnnualCalendarView calendar : calendars.all()) {
            for (AnnualDeadline step : calendar.steps()) {
                if (!reminded(step.step())) {
                    continue;
                }
                // A step early in January of next year is near at the end of this one.
                for (int year : List.of(today.getYear(), today.getYear() + 1)) {
                    LocalDate lastDay = step.lastDayInTime(year);
                    if (!lastDay.isBefore(today) && !lastDay.isAfter(horizon)) {
                        due.add(new DueStep(calendar, step, year, lastDay));
                    }
                }
            }
        }
        return due;
    }

    private static boolean reminded(AnnualStep step) {
        return switch (step) {
            case SELF_REVIEW, UNIT_DOSSIERS, DOSSIERS_UPWARD, AUTHORISED_RESULTS_UPWARD -> true;
            case KEY_CADRES_CONFERENCE, REVIEW_MEETINGS, EMULATION_REGISTRATION, EMULATION_DOSSIERS -> false;
        };
    }

    private List<ReminderSql.Recipient> stillToDo(DueStep due, Set<Long> units, LocalDate today) {
        String sql = due.step().step() == AnnualStep.SELF_REVIEW ? SELF_REVIEW_MISSING : PACKAGE_NOT_SENT;
        return jdbc.sql(sql).param("units", units).param("year", due.year()).param("day", today)
                .query((rs, row) -> new ReminderSql.Recipient(rs.getLong("account_id"), rs.getLong("cadre_id"),
                        rs.getString("email"), rs.getString("full_name"),
                        rs.getObject("record_id") == null ? null : rs.getLong("record_id")))
                .list();
    }

    /** The calendar's units and every unit below them. */
    static Set<Long> unitsOf(AnnualCalendarView calendar, List<UnitView> units) {
        Map<Long, List<UnitView>> children = new HashMap<>();
        units.stream().filter(unit -> unit.parent() != null)
                .forEach(unit -> children.computeIfAbsent(unit.parent().value(), k -> new ArrayList<>()).add(unit));
        Set<Long> found = new HashSet<>();
        List<UnitView> pending = new ArrayList<>(units.stream()
                .filter(unit -> calendar.unitCodes().contains(unit.code())).toList());
        while (!pending.isEmpty()) {
            UnitView unit = pending.remove(pending.size() - 1);
            if (found.add(unit.id().value())) {
                pending.addAll(children.getOrDefault(unit.id().value(), List.of()));
            }
        }
        return found;
    }
}
