package vn.danhgia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.platform.ActingAs;
import vn.danhgia.platform.QuarterRecordsWritten;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * DEMO ONLY: made-up results of the rated quarters before the demo's working quarter (see {@link DemoCalendar}), so the
 * dashboard has something to show on a fresh demo database. The latest is at the decision step: self-assessed and
 * appraised, with no rating yet, so the authority's decision board has cadres to decide; the one before it was
 * announced two days before the start, so its complaint window is open (issue 12 §5). For each demo cadre holding a
 * post since the quarter began: a submitted self-assessment with real content (criteria chosen, axis weights, tasks
 * with their figures; see {@link DemoSheet}) whose total is the engine's score of it (issue 12 §1), a completed
 * appraisal keeping the cadre's figures and proposing the engine's level, and in an announced quarter a rating
 * decided at that level, EXCELLENT only within the peer group's places (seed 000 §III.3.1, seed 002 §6), and now and
 * then a self-proposed level one above. The figures are invented; they are written straight into the tables (no plans,
 * councils or audit entries) and only when the quarter has no rating (for the decision step, no self-assessment) yet.
 * Turned off with {@code danhgia.demo.history.enabled=false} (the tests do, as they rate these quarters themselves).
 */
@Component
@Profile("demo")
@Order(20)
public class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final String DEMO_CADRES = "NB%";
    private static final List<String> QUOTA_READERS = List.of("thamquyen", "tochuc");
    private static final long NOBODY = -1;
    private static final String EVIDENCE = "Báo cáo kết quả thực hiện nhiệm vụ của quý (dữ liệu mẫu).";

    private final JdbcClient jdbc;
    private final SchemeCatalog schemes;
    private final DecisionService decisions;
    private final UserAccountRepository accounts;
    private final ActingAs acting;
    private final Clock clock;
    private final boolean enabled;
    private final ApplicationEventPublisher events;

    DemoHistory(JdbcClient jdbc, SchemeCatalog schemes, DecisionService decisions, UserAccountRepository accounts,
                ActingAs acting, Clock clock, ApplicationEventPublisher events,
                @Value("${danhgia.demo.history.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.decisions = decisions;
        this.accounts = accounts;
        this.acting = acting;
        this.clock = clock;
        this.events = events;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        DemoCalendar calendar = new DemoCalendar(schemes);
        List<Quarter> history = calendar.workingQuarter(today).map(calendar::history).orElse(List.of());
        List<Quarter> announced = calendar.announced(history);
        List<String> written = new ArrayList<>();
        for (Quarter quarter : announced) {
            // The latest was announced two days ago, so its complaint window is open whatever day the demo starts.
            boolean latest = quarter.equals(announced.get(announced.size() - 1));
            if (record(quarter, latest ? announcedRecently(quarter, today) : announcedAfter(quarter)) > 0) {
                written.add(quarter.roman() + "/" + quarter.year());
            }
        }
        calendar.atDecision(history).filter(quarter -> recordAppraised(quarter, appraisedRecently(quarter, today)) > 0)
                .ifPresent(quarter -> log.info("Demo only: quarter {}/{} appraised, awaiting the authority's decisions",
                        quarter.roman(), quarter.year()));
        if (!written.isEmpty()) {
            log.info("Demo only: made-up announced ratings written for quarters {}", String.join(", ", written));
        }
    }

    /** The day before the start (the quarter's last day at the earliest), so the appraisals are just done. */
    private OffsetDateTime appraisedRecently(Quarter quarter, LocalDate today) {
        LocalDate day = today.minusDays(1).isAfter(quarter.lastDay()) ? today.minusDays(1) : quarter.lastDay();
        OffsetDateTime appraised = day.atTime(16, 0).atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return appraised.isAfter(now) ? now.minusMinutes(1) : appraised;
    }

    private OffsetDateTime announcedAfter(Quarter quarter) {
        return quarter.lastDay().minusDays(7).atTime(15, 0).atZone(clock.getZone()).toOffsetDateTime();
    }

    private OffsetDateTime announcedRecently(Quarter quarter, LocalDate today) {
        LocalDate day = today.minusDays(2).isAfter(quarter.lastDay()) ? today.minusDays(2) : quarter.lastDay();
        OffsetDateTime announced = day.atTime(8, 0).atZone(clock.getZone()).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return announced.isAfter(now) ? now.minusMinutes(1) : announced;
    }

    /**
     * Writes the quarter's made-up results for every demo cadre posted since its first day; returns the ratings
     * written (none when the quarter already has ratings or no scheme applies to it).
     */
    @Transactional
    public int record(Quarter quarter) {
        return record(quarter, announcedAfter(quarter));
    }

    /** The same, announced at the given instant (decided two hours before). */
    @Transactional
    public int record(Quarter quarter, OffsetDateTime announced) {
        Optional<EvaluationSchemeView> scheme = schemes.inForce(quarter.firstDay());
        if (scheme.isEmpty() || count("quarter_rating", quarter) > 0) {
            return 0;
        }
        OffsetDateTime decided = announced.minusHours(2);
        appraise(quarter, scheme.get(), decided);
        int announcedRatings = announce(quarter, decided, announced, awardedExcellent(quarter));
        events.publishEvent(new QuarterRecordsWritten(quarter.year(), quarter.number()));
        return announcedRatings;
    }

    /**
     * Writes the quarter's made-up self-assessments and completed appraisals, without ratings, so the quarter is at
     * the decision step (issue 12 §5); returns the appraisals written (none when the quarter already has
     * self-assessments or ratings, or no scheme applies to it).
     */
    @Transactional
    public int recordAppraised(Quarter quarter, OffsetDateTime appraised) {
        Optional<EvaluationSchemeView> scheme = schemes.inForce(quarter.firstDay());
        if (scheme.isEmpty() || count("quarter_rating", quarter) > 0 || count("self_assessment", quarter) > 0) {
            return 0;
        }
        int appraisals = appraise(quarter, scheme.get(), appraised);
        events.publishEvent(new QuarterRecordsWritten(quarter.year(), quarter.number()));
        return appraisals;
    }

    private long count(String table, Quarter quarter) {
        return jdbc.sql("select count(*) from " + table + " where period_year = :year and period_quarter = :quarter")
                .param("year", quarter.year()).param("quarter", quarter.number()).query(Long.class).single();
    }

    private int appraise(Quarter quarter, EvaluationSchemeView scheme, OffsetDateTime appraised) {
        OffsetDateTime submitted = quarter.lastDay().minusDays(20).atTime(9, 0).atZone(clock.getZone())
                .toOffsetDateTime();
        // Main post held since the quarter's first day: not a concurrent one, the earliest. The total is the sheet's.
        jdbc.sql("""
                insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                    proposed_level, submitted_total, created_at, submitted_at, version)
                select c.id, p.unit_id, :year, :quarter, :scheme, 'SUBMITTED', null, 0, :submitted, :submitted, 0
                from org_cadre c
                join org_appointment a on a.cadre_id = c.id
                join org_position p on p.id = a.position_id
                where c.code like :demo and a.kind <> 'CONCURRENT' and a.start_date <= :firstDay
                  and (a.end_date is null or a.end_date >= :lastDay)
                  and a.id = (select min(o.id) from org_appointment o where o.cadre_id = c.id
                              and o.kind <> 'CONCURRENT' and o.start_date <= :firstDay
                              and (o.end_date is null or o.end_date >= :lastDay))
                  and not exists (select 1 from self_assessment s where s.cadre_id = c.id
                                  and s.period_year = :year and s.period_quarter = :quarter)""")
                .param("year", quarter.year()).param("quarter", quarter.number()).param("scheme", scheme.code())
                .param("submitted", submitted).param("demo", DEMO_CADRES)
                .param("firstDay", quarter.firstDay()).param("lastDay", quarter.lastDay()).update();
        List<Long> unappraised = jdbc.sql("""
                select sa.id from self_assessment sa join org_cadre c on c.id = sa.cadre_id
                where c.code like :demo and sa.period_year = :year and sa.period_quarter = :quarter
                  and not exists (select 1 from appraisal x where x.self_assessment_id = sa.id)
                order by sa.id""")
                .param("demo", DEMO_CADRES).param("year", quarter.year()).param("quarter", quarter.number())
                .query(Long.class).list();
        int salt = quarter.year() * 4 + quarter.number();
        for (long assessment : unappraised) {
            DemoSheet sheet = DemoSheet.of(scheme, assessment * 7919 + salt);
            write(assessment, sheet, appraised, assessment % 4 == 0);
        }
        return unappraised.size();
    }

    /**
     * The sheet's content, its total and level, and a completed appraisal that keeps the cadre's figures and proposes
     * the engine's level; an ambitious cadre proposes one level above it (EXCELLENT stays EXCELLENT).
     */
    private void write(long assessment, DemoSheet sheet, OffsetDateTime appraised, boolean ambitious) {
        sheet.criteria().forEach((code, met) -> jdbc.sql("insert into self_assessment_criterion (assessment_id,"
                        + " criterion_code, met) values (:id, :code, :met)")
                .param("id", assessment).param("code", code).param("met", met).update());
        sheet.axisMaxPoints().forEach((axis, points) -> jdbc.sql("insert into self_assessment_axis (assessment_id,"
                        + " axis_number, max_points) values (:id, :axis, :points)")
                .param("id", assessment).param("axis", axis).param("points", points).update());
        int order = 0;
        for (DemoSheet.Task task : sheet.tasks()) {
            jdbc.sql("""
                    insert into self_assessment_task (assessment_id, axis_number, sort_order, title, coefficient,
                        planned_quantity, done_quantity, quality, timeliness, leadership, evidence)
                    values (:id, :axis, :order, :title, 1, :planned, :done, :quality, :timeliness, 1, :evidence)""")
                    .param("id", assessment).param("axis", task.axis()).param("order", order++)
                    .param("title", task.title()).param("planned", task.plannedQuantity())
                    .param("done", task.doneQuantity()).param("quality", task.quality())
                    .param("timeliness", task.timeliness()).param("evidence", EVIDENCE).update();
        }
        BigDecimal total = sheet.score().roundedTotal();
        RatingLevel level = sheet.score().suggestion().level();
        RatingLevel proposed = ambitious && level.ordinal() > 0 ? RatingLevel.values()[level.ordinal() - 1] : level;
        jdbc.sql("update self_assessment set submitted_total = :total, proposed_level = :proposed where id = :id")
                .param("total", total).param("proposed", proposed.name()).param("id", assessment).update();
        jdbc.sql("""
                insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, appraised_total,
                    appraised_by, appraised_at, version)
                select id, cadre_id, 'COMPLETED', :level, :total, 'tochuc', :appraised, 0
                from self_assessment where id = :id""")
                .param("level", level.name()).param("total", total).param("appraised", appraised)
                .param("id", assessment).update();
        for (int row = 0; row < sheet.tasks().size(); row++) {
            jdbc.sql("""
                    insert into appraisal_task (appraisal_id, self_assessment_task_id, response_level)
                    select ap.id, t.id, :response from appraisal ap
                    join self_assessment_task t on t.assessment_id = ap.self_assessment_id
                    where ap.self_assessment_id = :id and t.sort_order = :row""")
                    .param("response", sheet.tasks().get(row).responseLevel()).param("id", assessment)
                    .param("row", row).update();
        }
    }


    /**
     * The cadres the EXCELLENT ranking gives a place to, or who as heads stand outside their unit's quota (seed 000
     * §III.3.1, seed 002 §6.1), as the decision boards of the authority and the personnel office count it over each
     * peer group; anyone else the engine suggests EXCELLENT for is decided GOOD.
     */
    private List<Long> awardedExcellent(Quarter quarter) {
        List<Long> awarded = new ArrayList<>(List.of(NOBODY));
        for (String deciding : QUOTA_READERS) {
            accounts.findByUsername(deciding).map(UserAccount::actor).ifPresent(reader -> acting.run(reader,
                    () -> decisions.board(quarter)).groups().stream().flatMap(group -> group.rows().stream())
                    .filter(row -> row.quotaOutcome() == QuotaOutcome.AWARDED
                            || row.quotaOutcome() == QuotaOutcome.HEAD_OUTSIDE_QUOTA)
                    .forEach(row -> awarded.add(row.cadre().value())));
        }
        return awarded;
    }

    private int announce(Quarter quarter, OffsetDateTime decided, OffsetDateTime announced, List<Long> awarded) {
        return jdbc.sql("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, appraisal_level, suggested_level, decided_level, decided_by, decided_at,
                    discrepancy, announced_by, announced_at, version)
                select sa.cadre_id, sa.cadre_id, sa.unit_id, sa.period_year, sa.period_quarter, 'ANNOUNCED',
                    sa.proposed_level, ap.proposed_level, ap.proposed_level,
                    case when ap.proposed_level = 'EXCELLENT' and sa.cadre_id not in (:awarded) then 'GOOD'
                         else ap.proposed_level end, 'thamquyen', :decided,
                    false, 'thamquyen', :announced, 0
                from self_assessment sa join appraisal ap on ap.self_assessment_id = sa.id
                join org_cadre c on c.id = sa.cadre_id
                where c.code like :demo and sa.period_year = :year and sa.period_quarter = :quarter""")
                .param("decided", decided).param("announced", announced).param("demo", DEMO_CADRES)
                .param("awarded", awarded)
                .param("year", quarter.year()).param("quarter", quarter.number()).update();
    }
}
