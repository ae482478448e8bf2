package vn.danhgia.reporting.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportPeriod;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportSql;
import vn.danhgia.scheme.Quarter;

/**
 * The consolidated report's statements, each run once per report (the late submissions once per quarter of the
 * period), never once per cadre; the long lists are read through a cursor ({@link ReportSql#FETCH_SIZE} rows
 * at a time, inside the caller's read-only transaction) and handed on one row at a time. Levels are the stored names
 * (EXCELLENT …). Only live ratings count: a cancelled rating (seed 000 §II.2, "hủy bỏ … xếp loại lại") is replaced by
 * its re-rating.
 */
@Repository
class ConsolidatedReportSql {

    /**
     * One cadre's quarters I–IV of a year in one of the yearly tables: per quarter the level decided, the level the
     * head proposed, the decision's and the head's comments (index 0 = quarter I), whether the quarter was deferred
     * (seed 002 §7 d) and whether the year is exempt from quarterly rating (seed 002 §3.3).
     */
    record YearLine(String fullName, String positionTitle, String unitName, String[] decided, String[] proposed,
                    String[] decisionComments, String[] headComments, boolean[] deferred, boolean exempt) {
    }

    /**
     * A peer group's decided ratings in a quarter (the group the decision recorded, seed 000 §III.3.1), with how many
     * of them are heads (người đứng đầu: the leading post of the rating's unit) and at which levels, so the quota is
     * counted by {@link vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota} as the decision board counts it. A null group
     * holds the decided ratings no peer group was recorded for.
     */
    record QuotaRow(String group, int quarter, int decided, int units, int excellent, int goodOrBetter, int heads,
                    int headsExcellent, int headsGoodOrBetter) {
    }

    /**
     * A cadre late with a plan or a self-assessment for a quarter; null times where nothing was submitted, null days
     * extended to where no extension (gia hạn) was granted.
     */
    record LateRow(String fullName, String unitName, boolean planLate, String planStatus, OffsetDateTime planSubmittedAt,
                   LocalDate planExtendedTo, boolean assessmentLate, String assessmentStatus,
                   OffsetDateTime assessmentSubmittedAt, LocalDate assessmentExtendedTo) {
    }

    /** A decided rating whose level differs from the head's proposal or from the cadre's own. */
    record Discrepancy(String fullName, String unitName, int quarter, String selfProposed, String headProposed,
                       String decided, boolean recorded) {
    }

    /** A decided rating of quarters I–III, for the use of results over consecutive periods (seed 002 §5). */
    record DecidedRating(long cadreId, String fullName, String unitName, int year, int quarter, String decided,
                         String headProposed) {
    }

    private static final String LIVE = "r.status <> 'CANCELLED'";

    private static final String YEAR_LINES;

    static {
        StringBuilder perQuarter = new StringBuilder();
        StringBuilder unrated = new StringBuilder();
        StringBuilder selected = new StringBuilder();
        StringBuilder deferred = new StringBuilder();
        for (int quarter = 1; quarter <= 4; quarter++) {
            for (String column : List.of("decided_level", "head_proposed_level", "decision_comment", "head_comment")) {
                String value = column.equals("head_proposed_level") ? QuarterlyReportSql.PROPOSED_LEVEL
                        : "r." + column;
                perQuarter.append(", max(case when r.period_quarter = ").append(quarter).append(" then ")
                        .append(value).append(" end) as ").append(column).append(quarter);
                unrated.append(", cast(null as varchar(4000))");
                selected.append(", yr.").append(column).append(quarter);
            }
            deferred.append(", max(case when period_quarter = ").append(quarter)
                    .append(" then 1 else 0 end) as deferred").append(quarter);
            selected.append(", coalesce(d.deferred").append(quarter).append(", 0) as deferred").append(quarter);
        }
        // Rated cadres, placed by the unit of their ratings; then, on the body's own tables, cadres with no rating
        // in the year because every quarter was deferred or the year exempt, placed by their posts on the day.
        YEAR_LINES = "with rated as (select r.cadre_id, max(r.unit_id) as unit_id" + perQuarter
                + " from quarter_rating r where r.period_year = :year and " + LIVE
                + " and " + ReportScope.RATING_IN_SCOPE
                + " and (case when " + QuarterlyReportSql.HIGHER + " then 1 else 0 end) = :higher"
                + " group by r.cadre_id),"
                + " marked as (select cadre_id from rating_deferral where period_year = :year and withdrawn_at is null"
                + "   union select cadre_id from rating_exemption where period_year = :year and withdrawn_at is null),"
                + " yr as (select * from rated union all"
                + "   select a.cadre_id, min(p.unit_id)" + unrated
                + "   from marked join org_appointment a on a.cadre_id = marked.cadre_id"
                + "   join org_position p on p.id = a.position_id"
                + "   where :higher = 0 and a.start_date <= :day and (a.end_date is null or a.end_date >= :day)"
                + "     and " + ReportScope.POSTED_IN_SCOPE
                + "     and marked.cadre_id not in (select cadre_id from rated)"
                + "   group by a.cadre_id),"
                + " placed as (select yr.cadre_id," + ReportSql.mainAppointment("yr.cadre_id")
                + " as appointment_id from yr)"
                + " select c.full_name, p.title, coalesce(u.name, ru.name) as unit_name" + selected
                + ", case when e.id is null then 0 else 1 end as exempt"
                + " from yr join placed on placed.cadre_id = yr.cadre_id"
                + " join org_cadre c on c.id = yr.cadre_id join org_unit ru on ru.id = yr.unit_id"
                + " left join org_appointment a on a.id = placed.appointment_id"
                + " left join org_position p on p.id = a.position_id left join org_unit u on u.id = p.unit_id"
                + " left join (select cadre_id" + deferred + " from rating_deferral"
                + "   where period_year = :year and withdrawn_at is null group by cadre_id) d"
                + "   on d.cadre_id = yr.cadre_id"
                + " left join rating_exemption e on e.cadre_id = yr.cadre_id and e.period_year = :year"
                + "   and e.withdrawn_at is null"
                + " order by ru.code, c.name_sort_key, c.id";
    }

    // The head of the rating's unit: a leading post of rank HEAD in that unit held during the quarter, as
    // DecisionCandidate.collectiveRole() tells the head from the other leaders.
    private static final String HEAD = """
            exists (select 1 from org_appointment a join org_position p on p.id = a.position_id
                    where a.cadre_id = r.cadre_id and p.unit_id = r.unit_id and p.leader
                      and p.position_rank = 'HEAD'
                      and a.start_date <= case r.period_quarter
                          when 1 then cast(:end1 as date) when 2 then cast(:end2 as date)
                          when 3 then cast(:end3 as date) else cast(:end4 as date) end
                      and (a.end_date is null or a.end_date >= case r.period_quarter
                          when 1 then cast(:start1 as date) when 2 then cast(:start2 as date)
                          when 3 then cast(:start3 as date) else cast(:start4 as date) end))""";

    private static final String QUOTA = """
            select r.quota_group, r.period_quarter, count(*) as decided, count(distinct r.unit_id) as units,
                   sum(case when r.decided_level = 'EXCELLENT' then 1 else 0 end) as excellent,
                   sum(case when r.decided_level in ('EXCELLENT', 'GOOD') then 1 else 0 end) as good_or_better,
                   sum(case when head = 1 then 1 else 0 end) as heads,
                   sum(case when head = 1 and r.decided_level = 'EXCELLENT' then 1 else 0 end) as heads_excellent,
                   sum(case when head = 1 and r.decided_level in ('EXCELLENT', 'GOOD') then 1 else 0 end)
                       as heads_good_or_better
            from (select r.*, case when\s""" + HEAD + """
                   then 1 else 0 end as head from quarter_rating r
                  where r.period_year = :year and r.period_quarter between :fromQuarter and :toQuarter
                    and r.status <> 'CANCELLED' and r.decided_level is not null
                    and """ + ReportScope.RATING_IN_SCOPE + """
            ) r
            group by r.quota_group, r.period_quarter
            order by r.quota_group, r.period_quarter""";

    // Deferred quarters and exempt years ask no self-assessment (seed 002 §7 d, §3.3); a plan is still asked for.
    private static final String LATE = "with late as (select c.id, c.full_name, c.name_sort_key,"
            + " wp.status as plan_status, wp.submitted_at as plan_submitted_at,"
            + " case when " + QuarterRecordsSql.PLAN_LATE + " then 1 else 0 end as plan_late,"
            + " xp.last_day as plan_extended_to, xs.last_day as assessment_extended_to,"
            + " sa.status as assessment_status, sa.submitted_at as assessment_submitted_at,"
            + " case when :assessmentExpected and (" + QuarterRecordsSql.ASSESSMENT_LATE + ")"
            + "   and not exists (select 1 from rating_deferral d where d.cadre_id = c.id and d.period_year = :year"
            + "     and d.period_quarter = :quarter and d.withdrawn_at is null)"
            + "   and not exists (select 1 from rating_exemption e where e.cadre_id = c.id and e.period_year = :year"
            + "     and e.withdrawn_at is null)"
            + " then 1 else 0 end as assessment_late,"
            + ReportSql.mainAppointment("c.id") + " as appointment_id"
            + " from org_cadre c " + QuarterRecordsSql.QUARTER_RECORDS
            + " where c.id in (select a.cadre_id from org_appointment a join org_position p on p.id = a.position_id"
            + "   where a.start_date <= :day and (a.end_date is null or a.end_date >= :day) and "
            + ReportScope.POSTED_IN_SCOPE + "))"
            + " select late.*, u.code as unit_code, u.name as unit_name from late"
            + " left join org_appointment a on a.id = late.appointment_id"
            + " left join org_position p on p.id = a.position_id left join org_unit u on u.id = p.unit_id"
            + " where late.plan_late = 1 or late.assessment_late = 1"
            + " order by u.code, late.name_sort_key, late.id";

    private static final String DISCREPANCIES = """
            select c.full_name, u.name as unit_name, r.period_quarter, r.self_proposed_level, r.head_proposed_level,
                   r.decided_level, r.discrepancy
            from quarter_rating r join org_cadre c on c.id = r.cadre_id join org_unit u on u.id = r.unit_id
            where r.period_year = :year and r.period_quarter between :fromQuarter and :toQuarter
              and r.status <> 'CANCELLED' and r.decided_level is not null
              and (r.head_proposed_level <> r.decided_level or r.self_proposed_level <> r.decided_level
                   or r.discrepancy)
              and """ + ReportScope.RATING_IN_SCOPE + """

            order by u.code, c.name_sort_key, c.id, r.period_quarter""";

    // The year before and after too: a run of NOT_COMPLETED periods crosses the year boundary (seed 002 §5).
    private static final String DECIDED_RATINGS = """
            select r.cadre_id, c.full_name, u.name as unit_name, r.period_year, r.period_quarter, r.decided_level,
                   r.head_proposed_level
            from quarter_rating r join org_cadre c on c.id = r.cadre_id join org_unit u on u.id = r.unit_id
            where r.period_year between :year - 1 and :year + 1 and r.period_quarter <= 3
              and r.status <> 'CANCELLED' and r.decided_level is not null
              and """ + ReportScope.RATING_IN_SCOPE + """

            order by c.name_sort_key, r.cadre_id, r.period_year, r.period_quarter""";

    private final JdbcClient jdbc;

    ConsolidatedReportSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The yearly table's cadres, Mẫu 05's (a higher authority decides) or the body's own (with the cadres whose
     * quarters were all deferred or whose year is exempt), unit then name order.
     */
    void yearLines(int year, LocalDate postedOn, ReportScope scope, boolean higherAuthority, Consumer<YearLine> each) {
        scope.bind(jdbc.sql(YEAR_LINES).withFetchSize(ReportSql.FETCH_SIZE)).param("year", year)
                .param("day", postedOn).param("higher", higherAuthority ? 1 : 0)
                .query((RowCallbackHandler) rs -> {
                    String[] decided = new String[4];
                    String[] proposed = new String[4];
                    String[] decisionComments = new String[4];
                    String[] headComments = new String[4];
                    boolean[] deferred = new boolean[4];
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        decided[quarter - 1] = rs.getString("decided_level" + quarter);
                        proposed[quarter - 1] = rs.getString("head_proposed_level" + quarter);
                        decisionComments[quarter - 1] = rs.getString("decision_comment" + quarter);
                        headComments[quarter - 1] = rs.getString("head_comment" + quarter);
                        deferred[quarter - 1] = rs.getInt("deferred" + quarter) == 1;
                    }
                    each.accept(new YearLine(rs.getString("full_name"), rs.getString("title"),
                            rs.getString("unit_name"), decided, proposed, decisionComments, headComments, deferred,
                            rs.getInt("exempt") == 1));
                });
    }

    /** Every peer group's decided ratings per quarter of the period; a province has a few hundred groups at most. */
    List<QuotaRow> quotaGroups(ReportPeriod period, ReportScope scope) {
        List<QuotaRow> rows = new ArrayList<>();
        var statement = scope.bind(jdbc.sql(QUOTA)).param("year", period.year())
                .param("fromQuarter", period.firstQuarter()).param("toQuarter", period.lastQuarter());
        for (int number = 1; number <= 4; number++) {
            Quarter quarter = new Quarter(period.year(), number);
            statement = statement.param("start" + number, quarter.firstDay()).param("end" + number, quarter.lastDay());
        }
        statement.query((RowCallbackHandler) rs -> rows.add(new QuotaRow(rs.getString("quota_group"),
                rs.getInt("period_quarter"), rs.getInt("decided"), rs.getInt("units"), rs.getInt("excellent"),
                rs.getInt("good_or_better"), rs.getInt("heads"), rs.getInt("heads_excellent"),
                rs.getInt("heads_good_or_better"))));
        return rows;
    }

    /**
     * The cadres late for one quarter: cutoffs are the first late instants, {@code overdue} whether the deadline has
     * passed today (as on the progress board).
     */
    void late(int year, int quarter, LocalDate postedOn, ReportScope scope, boolean planOverdue,
              OffsetDateTime planCutoff, boolean assessmentExpected, boolean assessmentOverdue,
              OffsetDateTime assessmentCutoff, OffsetDateTime now, Consumer<LateRow> each) {
        scope.bind(jdbc.sql(LATE).withFetchSize(ReportSql.FETCH_SIZE)).param("year", year)
                .param("quarter", quarter).param("day", postedOn)
                .param("planOverdue", planOverdue).param("planCutoff", planCutoff)
                .param("assessmentExpected", assessmentExpected).param("assessmentOverdue", assessmentOverdue)
                .param("assessmentCutoff", assessmentCutoff).param("now", now)
                .query((RowCallbackHandler) rs -> each.accept(new LateRow(rs.getString("full_name"),
                        rs.getString("unit_name"), rs.getInt("plan_late") == 1, rs.getString("plan_status"),
                        rs.getObject("plan_submitted_at", OffsetDateTime.class),
                        rs.getObject("plan_extended_to", LocalDate.class), rs.getInt("assessment_late") == 1,
                        rs.getString("assessment_status"),
                        rs.getObject("assessment_submitted_at", OffsetDateTime.class),
                        rs.getObject("assessment_extended_to", LocalDate.class))));
    }

    void discrepancies(ReportPeriod period, ReportScope scope, Consumer<Discrepancy> each) {
        scope.bind(jdbc.sql(DISCREPANCIES).withFetchSize(ReportSql.FETCH_SIZE)).param("year", period.year())
                .param("fromQuarter", period.firstQuarter()).param("toQuarter", period.lastQuarter())
                .query((RowCallbackHandler) rs -> each.accept(new Discrepancy(rs.getString("full_name"),
                        rs.getString("unit_name"), rs.getInt("period_quarter"), rs.getString("self_proposed_level"),
                        rs.getString("head_proposed_level"), rs.getString("decided_level"),
                        rs.getBoolean("discrepancy"))));
    }

    /** Decided ratings of quarters I–III from the year before to the year after, grouped by cadre (name order). */
    void decidedRatings(int year, ReportScope scope, Consumer<DecidedRating> each) {
        scope.bind(jdbc.sql(DECIDED_RATINGS).withFetchSize(ReportSql.FETCH_SIZE)).param("year", year)
                .query((RowCallbackHandler) rs -> each.accept(new DecidedRating(rs.getLong("cadre_id"),
                        rs.getString("full_name"), rs.getString("unit_name"), rs.getInt("period_year"),
                        rs.getInt("period_quarter"), rs.getString("decided_level"),
                        rs.getString("head_proposed_level"))));
    }
}
