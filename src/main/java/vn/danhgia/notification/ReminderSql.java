package vn.danhgia.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * The reminder job's SQL: one statement per step finds everyone who still has the step to do, whatever their number;
 * one insert per reminder stores it unless its dedup key is already there. Works on H2 (PostgreSQL mode) and
 * PostgreSQL.
 */
@Repository
class ReminderSql {

    /** A person to remind: their account, where to e-mail them (may be null) and how to address them. */
    record Recipient(long accountId, long cadreId, String email, String name) {
    }

    /**
     * What "done" means for each step with reminders; a step is added by adding its condition here. The conditions see
     * the cadre as {@code c} and the quarter as {@code :year}, {@code :quarter}.
     */
    private static final Map<DeadlineStep, String> DONE = new EnumMap<>(Map.of(
            DeadlineStep.PLAN, """
                    select 1 from work_plan wp where wp.cadre_id = c.id and wp.plan_year = :year
                      and wp.plan_quarter = :quarter and wp.status in ('SUBMITTED', 'APPROVED')""",
            DeadlineStep.SELF_ASSESSMENT, """
                    select 1 from self_assessment sa where sa.cadre_id = c.id and sa.period_year = :year
                      and sa.period_quarter = :quarter and sa.status = 'SUBMITTED'"""));

    private final JdbcClient jdbc;

    ReminderSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<DeadlineStep> stepsWithReminders() {
        return DONE.keySet();
    }

    /** Enabled accounts of cadres in post on the day who have not done the step for the quarter. */
    List<Recipient> notDone(DeadlineStep step, Quarter quarter, LocalDate day) {
        String sql = """
                select ua.id as account_id, c.id as cadre_id, ua.email, c.full_name
                from user_account ua join org_cadre c on c.id = ua.cadre_id
                where ua.enabled = true
                  and exists (select 1 from org_appointment a where a.cadre_id = c.id and a.start_date <= :day
                              and (a.end_date is null or a.end_date >= :day))
                  and not exists (%s)
                order by ua.id""".formatted(DONE.get(step));
        return jdbc.sql(sql)
                .param("year", quarter.year())
                .param("quarter", quarter.number())
                .param("day", day)
                .query((rs, row) -> new Recipient(rs.getLong("account_id"), rs.getLong("cadre_id"),
                        rs.getString("email"), rs.getString("full_name")))
                .list();
    }

    /** Stores the notification unless one with the dedup key exists; true when this call stored it. */
    boolean storeOnce(long accountId, Instant at, String messageKey, String arguments, String link, String dedupKey) {
        try {
            return jdbc.sql("""
                            insert into notification (account_id, created_at, message_key, arguments, link, dedup_key)
                            select :account, :at, :key, :arguments, :link, :dedup
                            where not exists (select 1 from notification where dedup_key = :dedup)""")
                    .param("account", accountId)
                    .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .param("key", messageKey)
                    .param("arguments", arguments)
                    .param("link", link)
                    .param("dedup", dedupKey)
                    .update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
