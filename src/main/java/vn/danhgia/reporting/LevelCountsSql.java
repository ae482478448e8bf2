package vn.danhgia.reporting;

import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of live (not cancelled) quarterly ratings per unit and decided level over a range of quarters of one year,
 * in one statement whatever the number of units: the figures of "số lượng, tỷ lệ" per level (seed 002 §4 Bước 5–6).
 * A rating counts for the unit it was given in; one without a decided level yet counts as undecided. Kept apart so
 * other reports and dashboards can read the same figures the same way.
 */
@Repository
public class LevelCountsSql {

    /** One unit's ratings: all live ones, those decided per level, and those not decided yet. */
    public record UnitCounts(long unitId, String code, String name, long rated, long excellent, long good,
                             long completed, long notCompleted, long undecided) {

        long decided() {
            return excellent + good + completed + notCompleted;
        }
    }

    private static final String COUNTS = """
            select u.id, u.code, u.name, count(*) as rated,
                   sum(case when r.decided_level = 'EXCELLENT' then 1 else 0 end) as excellent,
                   sum(case when r.decided_level = 'GOOD' then 1 else 0 end) as good,
                   sum(case when r.decided_level = 'COMPLETED' then 1 else 0 end) as completed,
                   sum(case when r.decided_level = 'NOT_COMPLETED' then 1 else 0 end) as not_completed,
                   sum(case when r.decided_level is null then 1 else 0 end) as undecided
            from quarter_rating r join org_unit u on u.id = r.unit_id
            where r.period_year = :year and r.period_quarter between :fromQuarter and :toQuarter
              and r.status <> 'CANCELLED' and """ + ReportScope.RATING_IN_SCOPE + """

            group by u.id, u.code, u.name
            order by u.code""";

    private final JdbcClient jdbc;

    LevelCountsSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Passes each unit's counts, in unit code order, to {@code each}. */
    public void perUnit(ReportPeriod period, ReportScope scope, Consumer<UnitCounts> each) {
        scope.bind(jdbc.sql(COUNTS)).param("year", period.year())
                .param("fromQuarter", period.firstQuarter()).param("toQuarter", period.lastQuarter())
                .query((RowCallbackHandler) rs -> each.accept(new UnitCounts(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getLong("rated"), rs.getLong("excellent"), rs.getLong("good"),
                        rs.getLong("completed"), rs.getLong("not_completed"), rs.getLong("undecided"))));
    }
}
