package vn.danhgia.reporting.summary;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportSql;

/**
 * The summary tables' one statement, read through a cursor: rows are handed on one at a time as the database sends
 * them ({@link ReportSql#FETCH_SIZE} at a time), so a province-wide table of 50,000 cadres never sits in memory as a
 * list.
 * On PostgreSQL the cursor needs the surrounding read-only transaction (the driver only fetches in batches with
 * auto-commit off).
 * <p>
 * Who decides is read from the rating itself: a rating sent upwards (PROPOSED_UPWARD) or one whose decision was
 * recorded as a higher authority's ({@code RATING_HIGHER_DECISION_RECORDED} in the audit trail, the only trace the
 * decision module keeps of it) belongs to the higher authority's table, Mẫu 05; every other live rating to the body's
 * own, Mẫu 04 and 06.
 */
@Repository
class QuarterlyReportSql {

    /** Who the table covers: the whole province, or the ratings of some units and some managed cadres. */
    record Criteria(int year, int quarter, LocalDate postedOn, ReportScope scope, boolean higherAuthority) {
    }

    /**
     * A quarter rating {@code r} that belongs to the higher authority's table, Mẫu 05: sent upwards, or decided as a
     * higher authority's decision ({@code RATING_HIGHER_DECISION_RECORDED}, the only trace the decision module keeps).
     */
    static final String HIGHER = """
            (r.status = 'PROPOSED_UPWARD' or exists (select 1 from audit_entry ae
                where ae.record_type = 'QUARTER_RATING' and ae.record_id = r.id
                  and ae.action = 'RATING_HIGHER_DECISION_RECORDED'))""";

    /**
     * The level proposed for a rating, as Mẫu 05 and 06 and the yearly tables show it and as Mẫu 03's part III does:
     * the unit head's proposal, else the personnel office's proposal at appraisal for a rating the authority decided
     * without one (issue 12 §1: Mẫu 06 counted such ratings as "Chưa có mức xếp loại" while Mẫu 04 listed their
     * levels). Read from a {@code quarter_rating r}.
     */
    static final String PROPOSED_LEVEL = "coalesce(r.head_proposed_level, r.appraisal_level)";

    private static final String RATINGS = """
            from quarter_rating r
            where r.period_year = :year and r.period_quarter = :quarter and r.status <> 'CANCELLED'
              and """ + ReportScope.RATING_IN_SCOPE + """
              and (case when""" + HIGHER + " then 1 else 0 end) = :higher\n";

    // The main position on the day (not a concurrent one, then the earliest), as the progress board ranks them, found
    // per rating through the appointment index: a window over every appointment joined back to 50,000 ratings made
    // H2 scan the derived table once per rating.
    private static final String LINES = "with rated as (select r.id, r.cadre_id, r.unit_id, r.status, r.self_proposed_level,"
            + " " + PROPOSED_LEVEL + " as head_proposed_level, r.decided_level, r.head_comment,"
            + " r.decision_comment, r.force_majeure_reason,"
            + ReportSql.mainAppointment("r.cadre_id") + " as appointment_id "
            + RATINGS + ")"
            + " select c.code, c.full_name, p.title, coalesce(u.code, ru.code) as unit_code,"
            + " coalesce(u.name, ru.name) as unit_name, rated.status, rated.self_proposed_level, rated.head_proposed_level, rated.decided_level, rated.head_comment,"
            + " rated.decision_comment, rated.force_majeure_reason"
            + " from rated join org_cadre c on c.id = rated.cadre_id join org_unit ru on ru.id = rated.unit_id"
            + " left join org_appointment a on a.id = rated.appointment_id"
            + " left join org_position p on p.id = a.position_id"
            + " left join org_unit u on u.id = p.unit_id"
            + " order by ru.code, c.name_sort_key, c.id";

    private final JdbcClient jdbc;

    QuarterlyReportSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of a unit, for the table's heading; null when there is no such unit. */
    String unitName(long unit) {
        return jdbc.sql("select name from org_unit where id = :id").param("id", unit).query(String.class)
                .optional().orElse(null);
    }

    /** Passes the table's lines in order (unit, then Vietnamese name order) to {@code each}, one at a time. */
    void lines(Criteria criteria, Consumer<RatingLine> each) {
        criteria.scope().bind(jdbc.sql(LINES).withFetchSize(ReportSql.FETCH_SIZE))
                .param("year", criteria.year()).param("quarter", criteria.quarter())
                .param("day", criteria.postedOn())
                .param("higher", criteria.higherAuthority() ? 1 : 0)
                .query((RowCallbackHandler) rs -> each.accept(new RatingLine(rs.getString("code"),
                        rs.getString("full_name"), rs.getString("title"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getString("status"), rs.getString("self_proposed_level"),
                        rs.getString("head_proposed_level"), rs.getString("decided_level"),
                        rs.getString("head_comment"), rs.getString("decision_comment"),
                        rs.getString("force_majeure_reason"))));
    }
}
