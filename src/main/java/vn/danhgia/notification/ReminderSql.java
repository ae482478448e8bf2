package vn.danhgia.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * The reminder job's SQL: one statement per step finds everyone who still has work for the step, whatever their number;
 * one insert per reminder stores it unless its dedup key is already there. Works on H2 (PostgreSQL mode) and
 * PostgreSQL.
 */
@Repository
class ReminderSql {

    /**
     * A person to remind: their account, where to e-mail them (may be null), how to address them, and the record the
     * reminder is about when the step has one per person and record (the council of a vote), else null.
     */
    record Recipient(long accountId, long cadreId, String email, String name, Long recordId) {
    }

    /** Cadres in post on the day; the cadre is {@code c}. */
    private static final String IN_POST = """
            exists (select 1 from org_appointment a where a.cadre_id = c.id and a.start_date <= :day
                    and (a.end_date is null or a.end_date >= :day))""";

    /** Each personnel office with every unit it serves, subtrees included (as AccessScopes works out "served"). */
    private static final String SERVED_UNITS = """
            with recursive served (office_unit_id, unit_id) as (
                select office_unit_id, served_unit_id from org_served_unit
                union all
                select s.office_unit_id, u.id from served s join org_unit u on u.parent_id = s.unit_id
            )
            """;

    /** The reminded person ({@code ua}, {@code c}) and their posts in force on the day ({@code post}, {@code p}). */
    private static final String ACCOUNT_IN_POST = """
            from user_account ua join org_cadre c on c.id = ua.cadre_id
            join org_appointment post on post.cadre_id = c.id and post.start_date <= :day
                 and (post.end_date is null or post.end_date >= :day)
            join org_position p on p.id = post.position_id
            """;

    /** A unit's quarter is not over while someone who sent a self-assessment has no announced rating. */
    private static final String UNANNOUNCED_IN_SERVED_UNIT = SERVED_UNITS + """
            select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name,
                   cast(null as bigint) as record_id
            """ + ACCOUNT_IN_POST + """
            join user_role r on r.user_id = ua.id and r.role = 'PERSONNEL_OFFICER'
            join served s on s.office_unit_id = p.unit_id
            join self_assessment sa on sa.unit_id = s.unit_id and sa.period_year = :year
                 and sa.period_quarter = :quarter and sa.status = 'SUBMITTED'
            where ua.enabled = true and\s""" + ratedQuarter("sa.cadre_id") + """
              and not exists (select 1 from quarter_rating qr where qr.live_cadre_id = sa.cadre_id
                              and qr.period_year = :year and qr.period_quarter = :quarter and qr.status = 'ANNOUNCED')
            order by ua.id""";

    /**
     * Who still has work for each step with reminders, one statement per step whatever the number of people; a step is
     * added by adding its statement here. The statements see the quarter as {@code :year}, {@code :quarter} and the
     * day as {@code :day}, and answer account_id, cadre_id, email, full_name and record_id.
     */
    private static final Map<DeadlineStep, String> STILL_TO_DO = new EnumMap<>(Map.of(
            DeadlineStep.PLAN, cadresWithout("""
                    select 1 from work_plan wp where wp.cadre_id = c.id and wp.plan_year = :year
                      and wp.plan_quarter = :quarter and wp.status in ('SUBMITTED', 'APPROVED')""",
                    notExtended("PLAN")),
            DeadlineStep.SELF_ASSESSMENT, cadresWithout("""
                    select 1 from self_assessment sa where sa.cadre_id = c.id and sa.period_year = :year
                      and sa.period_quarter = :quarter and sa.status = 'SUBMITTED'""", ratedQuarter("c.id"),
                    notExtended("SELF_ASSESSMENT")),
            // Seed 002 §4 Bước 3: the personnel office appraises the self-assessments of the units it serves.
            DeadlineStep.APPRAISAL, SERVED_UNITS + """
                    select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name,
                           cast(null as bigint) as record_id
                    """ + ACCOUNT_IN_POST + """
                    join user_role r on r.user_id = ua.id and r.role = 'PERSONNEL_OFFICER'
                    join served s on s.office_unit_id = p.unit_id
                    join self_assessment sa on sa.unit_id = s.unit_id and sa.period_year = :year
                         and sa.period_quarter = :quarter and sa.status = 'SUBMITTED'
                    where ua.enabled = true and\s""" + ratedQuarter("sa.cadre_id") + """
                      and not exists (select 1 from appraisal ap where ap.self_assessment_id = sa.id
                                      and ap.status = 'COMPLETED')
                    order by ua.id""",
            // Seed 000 §III.4: the council votes (Mẫu 02) before the deadline; its work is done when the vote closes.
            DeadlineStep.VOTE, """
                    select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name, co.id as record_id
                    from council co join council_member m on m.council_id = co.id
                    join org_cadre c on c.id = m.cadre_id join user_account ua on ua.cadre_id = c.id
                    where ua.enabled = true and co.period_year = :year and co.period_quarter = :quarter
                      and not exists (select 1 from vote_session vs where vs.council_id = co.id
                                      and vs.status = 'CLOSED')
                    order by ua.id, co.id""",
            // Seed 002 §4 Bước 4: the authority that manages a cadre decides once the appraisal is done. An authority
            // is a unit the person holds a post in or, for a head or deputy, the unit's leadership collective (as
            // AccessScopes works out "managed").
            DeadlineStep.DECISION, """
                    select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name,
                           cast(null as bigint) as record_id
                    """ + ACCOUNT_IN_POST + """
                    join user_role r on r.user_id = ua.id and r.role = 'AUTHORITY'
                    join org_unit authority on authority.id = p.unit_id
                         or (p.position_rank <> 'MEMBER' and authority.parent_id = p.unit_id
                             and authority.kind = 'LEADERSHIP_COLLECTIVE')
                    join org_management_scope ms on ms.authority_unit_id = authority.id and ms.scope_role = 'DECIDES'
                         and ms.valid_from <= :day and (ms.valid_to is null or ms.valid_to >= :day)
                    join org_appointment rated on rated.position_id = ms.position_id and rated.start_date <= :day
                         and (rated.end_date is null or rated.end_date >= :day)
                    join self_assessment sa on sa.cadre_id = rated.cadre_id and sa.period_year = :year
                         and sa.period_quarter = :quarter
                    join appraisal ap on ap.self_assessment_id = sa.id and ap.status = 'COMPLETED'
                    where ua.enabled = true and\s""" + ratedQuarter("sa.cadre_id") + """
                      and not exists (select 1 from quarter_rating qr where qr.live_cadre_id = sa.cadre_id
                                      and qr.period_year = :year and qr.period_quarter = :quarter
                                      and qr.status in ('DECIDED', 'ANNOUNCED'))
                    order by ua.id""",
            // Seed 000 §III.4 "Báo cáo kết quả", seed 002 §4 Bước 5: the personnel office reports the announced results.
            DeadlineStep.REPORT, UNANNOUNCED_IN_SERVED_UNIT,
            DeadlineStep.REPORT_UPWARD, UNANNOUNCED_IN_SERVED_UNIT));

    private final JdbcClient jdbc;

    ReminderSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<DeadlineStep> stepsWithReminders() {
        return STILL_TO_DO.keySet();
    }

    /**
     * Enabled accounts of cadres in post on the day who have not done the step ({@code done}) for the quarter and for
     * whom every condition in {@code alsoRequired} holds.
     */
    private static String cadresWithout(String done, String... alsoRequired) {
        StringBuilder conditions = new StringBuilder();
        for (String condition : alsoRequired) {
            conditions.append("\n  and ").append(condition);
        }
        return """
                select ua.id as account_id, c.id as cadre_id, ua.email, c.full_name, cast(null as bigint) as record_id
                from user_account ua join org_cadre c on c.id = ua.cadre_id
                where ua.enabled = true and %s
                  and not exists (%s)%s
                order by ua.id""".formatted(IN_POST, done, conditions);
    }

    /**
     * The cadre has no extension (gia hạn, issue 12) of the step for the quarter: the scheme's day, which the reminder
     * names, is not theirs.
     */
    private static String notExtended(String step) {
        return """
                not exists (select 1 from deadline_extension x where x.cadre_id = c.id and x.step = '%s'
                            and x.period_year = :year and x.period_quarter = :quarter)""".formatted(step);
    }

    /**
     * The quarter of the cadre in column {@code cadre} is rated: not deferred (seed 002 §7 d) and not in a year exempt
     * from quarterly rating (seed 002 §3.3). Deferred or exempt, nothing more is asked of anyone for it.
     */
    private static String ratedQuarter(String cadre) {
        return """
                not exists (select 1 from rating_deferral d where d.cadre_id = %1$s and d.period_year = :year
                            and d.period_quarter = :quarter and d.withdrawn_at is null)
                and not exists (select 1 from rating_exemption e where e.cadre_id = %1$s
                                and e.period_year = :year and e.withdrawn_at is null)""".formatted(cadre);
    }

    /** The enabled accounts that still have the step to do for the quarter, as of the day. */
    List<Recipient> stillToDo(DeadlineStep step, Quarter quarter, LocalDate day) {
        return jdbc.sql(STILL_TO_DO.get(step))
                .param("year", quarter.year())
                .param("quarter", quarter.number())
                .param("day", day)
                .query((rs, row) -> new Recipient(rs.getLong("account_id"), rs.getLong("cadre_id"),
                        rs.getString("email"), rs.getString("full_name"), rs.getObject("record_id", Long.class)))
                .list();
    }

    /**
     * Stores the notification unless one with the dedup key exists; true when this call stored it. A notice stored in
     * a step's own transaction must not raise a duplicate key: on PostgreSQL that would abort the step's transaction
     * even if caught, hence "on conflict do nothing" for the one racing past the "not exists".
     */
    boolean storeOnce(long accountId, Instant at, String messageKey, String arguments, String link, String dedupKey) {
        return jdbc.sql("""
                        insert into notification (account_id, created_at, message_key, arguments, link, dedup_key)
                        select :account, :at, :key, :arguments, :link, :dedup
                        where not exists (select 1 from notification where dedup_key = :dedup)
                        on conflict do nothing""")
                .param("account", accountId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("key", messageKey)
                .param("arguments", arguments)
                .param("link", link)
                .param("dedup", dedupKey)
                .update() == 1;
    }
}
