package vn.danhgia.reporting.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportScope;

/**
 * The board's SQL: one statement for the page and one for the counts, whatever the number of cadres. Who is visible
 * is passed as two arrays (units, cadres) so the statements stay the same text for every person and every size of
 * scope; PostgreSQL plans them for the values bound ({@link vn.danhgia.reporting.CustomPlans}). Works on H2
 * (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class ProgressBoardSql {

    /**
     * What the board reads for one request; cutoffs are the first instants that are late (00:00 the next day), now the
     * instant an extension still running is compared with.
     */
    record Criteria(int year, int quarter, LocalDate postedOn, Collection<Long> units, Collection<Long> managed,
                    Collection<Long> filterUnits, boolean anyUnit, String namePattern, boolean planOverdue,
                    OffsetDateTime planCutoff, boolean assessmentOverdue, OffsetDateTime assessmentCutoff,
                    ProgressStatus status, OffsetDateTime now) {
    }

    record Counts(long all, Map<ProgressStatus, Long> byStatus, long matching) {
    }

    // A cadre is on the board when a position they hold on the day is in a unit the person sees, or when they are in
    // the person's management scope (narrowed to the chosen unit, if any).
    private static final String BOARD = "from org_cadre c " + QuarterRecordsSql.QUARTER_RECORDS + """
            where c.id in (select a.cadre_id
                           from org_appointment a join org_position p on p.id = a.position_id
                           where a.start_date <= :day and (a.end_date is null or a.end_date >= :day)
                             and (p.unit_id = any(:units)
                                  or (a.cadre_id = any(:managed) and (:anyUnit or p.unit_id = any(:filterUnits)))))
              and (:anyName or c.name_search like :namePattern escape '!')
            """;

    private static final Map<ProgressStatus, String> STATUS_CONDITIONS = new EnumMap<>(Map.of(
            ProgressStatus.NO_PLAN, "wp.id is null",
            ProgressStatus.PLAN_DRAFT, "wp.status = 'DRAFT'",
            ProgressStatus.PLAN_SUBMITTED, "wp.status = 'SUBMITTED'",
            ProgressStatus.PLAN_APPROVED, "wp.status = 'APPROVED'",
            ProgressStatus.PLAN_RETURNED, "wp.status = 'RETURNED'",
            ProgressStatus.ASSESSMENT_SUBMITTED, "sa.status = 'SUBMITTED'",
            ProgressStatus.LATE,
            "(" + QuarterRecordsSql.PLAN_LATE + ") or (" + QuarterRecordsSql.ASSESSMENT_LATE + ")"));

    private final JdbcClient jdbc;

    ProgressBoardSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgressRow> page(Criteria criteria, int offset, int limit, ZoneId zone) {
        // The page is chosen first, on the cadres' ids and Vietnamese name keys alone (a sort of 20,000 narrow rows;
        // PostgreSQL drops the records' joins the status does not need). Only its 50 cadres' records are
        // then read, their lateness worked out and their positions ranked: the main position (not a concurrent one,
        // then the earliest), as ReportSql.mainAppointment finds it. Ranked here over the page's posts at once: the
        // scalar subquery per cadre made the first page ~24 ms slower at p50 on PostgreSQL (bench/progress-board).
        String sql = "with page as (select c.id, c.name_sort_key " + BOARD + statusCondition(criteria.status())
                + " order by c.name_sort_key, c.id limit :limit offset :offset),"
                + " post as (select a.cadre_id, p.title, u.name as unit_name,"
                + "   row_number() over (partition by a.cadre_id order by"
                + "     case when a.kind = 'CONCURRENT' then 1 else 0 end, a.start_date, a.id) as position_rank"
                + "   from org_appointment a join org_position p on p.id = a.position_id"
                + "   join org_unit u on u.id = p.unit_id"
                + "   where a.cadre_id in (select id from page)"
                + "     and a.start_date <= :day and (a.end_date is null or a.end_date >= :day))"
                + " select c.id, c.code, c.full_name,"
                + " wp.id as plan_id, wp.status as plan_status, wp.submitted_at as plan_submitted_at,"
                + " case when " + QuarterRecordsSql.PLAN_LATE + " then 1 else 0 end as plan_late,"
                + " sa.id as assessment_id, sa.status as assessment_status,"
                + " sa.submitted_at as assessment_submitted_at,"
                + " case when " + QuarterRecordsSql.ASSESSMENT_LATE + " then 1 else 0 end as assessment_late,"
                + " post.title, post.unit_name"
                + " from page join org_cadre c on c.id = page.id " + QuarterRecordsSql.QUARTER_RECORDS
                + " left join post on post.cadre_id = page.id and post.position_rank = 1"
                + " order by page.name_sort_key, page.id";
        return bind(jdbc.sql(sql), criteria).param("limit", limit).param("offset", offset)
                .query((rs, row) -> row(rs, zone)).list();
    }

    Counts counts(Criteria criteria) {
        StringBuilder sql = new StringBuilder("select count(*) as all_rows");
        for (ProgressStatus status : ProgressStatus.values()) {
            sql.append(", coalesce(sum(case when ").append(STATUS_CONDITIONS.get(status))
                    .append(" then 1 else 0 end), 0) as ").append(status.name().toLowerCase());
        }
        sql.append(' ').append(BOARD);
        return bind(jdbc.sql(sql.toString()), criteria).query((rs, row) -> {
            Map<ProgressStatus, Long> byStatus = new HashMap<>();
            for (ProgressStatus status : ProgressStatus.values()) {
                byStatus.put(status, rs.getLong(status.name().toLowerCase()));
            }
            long all = rs.getLong("all_rows");
            long matching = criteria.status() == null ? all : byStatus.get(criteria.status());
            return new Counts(all, byStatus, matching);
        }).single();
    }

    private static String statusCondition(ProgressStatus status) {
        return status == null ? "" : " and (" + STATUS_CONDITIONS.get(status) + ")";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Criteria criteria) {
        return statement.param("year", criteria.year()).param("quarter", criteria.quarter())
                .param("day", criteria.postedOn())
                .param("units", ReportScope.bigintArray(criteria.units()))
                .param("managed", ReportScope.bigintArray(criteria.managed()))
                .param("filterUnits", ReportScope.bigintArray(criteria.filterUnits()))
                .param("anyUnit", criteria.anyUnit())
                .param("anyName", criteria.namePattern() == null)
                .param("namePattern", criteria.namePattern() == null ? "" : criteria.namePattern())
                .param("planOverdue", criteria.planOverdue())
                .param("planCutoff", criteria.planCutoff())
                .param("assessmentOverdue", criteria.assessmentOverdue())
                .param("assessmentCutoff", criteria.assessmentCutoff())
                .param("now", criteria.now());
    }

    private static ProgressRow row(ResultSet rs, ZoneId zone) throws SQLException {
        return new ProgressRow(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                rs.getString("title"), rs.getString("unit_name"),
                rs.getObject("plan_id", Long.class), rs.getString("plan_status"),
                day(rs.getObject("plan_submitted_at", OffsetDateTime.class), zone), rs.getInt("plan_late") == 1,
                rs.getObject("assessment_id", Long.class), rs.getString("assessment_status"),
                day(rs.getObject("assessment_submitted_at", OffsetDateTime.class), zone),
                rs.getInt("assessment_late") == 1);
    }

    private static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }
}
