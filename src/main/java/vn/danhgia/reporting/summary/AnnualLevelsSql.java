package vn.danhgia.reporting.summary;

import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportSql;

/**
 * The decided yearly ratings (yearly_rating, issue 13 §7) counted per unit, track and level in one statement, and
 * listed one person at a time through a cursor. A rating counts once decided, announced or locked (a provisional
 * party level included), never once cancelled: the same rule as the board ({@code YearlyRatingView#counted}).
 */
@Repository
class AnnualLevelsSql {

    /** One unit's decided yearly ratings on one track, per level. */
    record UnitCounts(long unitId, String code, String name, String track, long excellent, long good, long completed,
                      long notCompleted) {

        long total() {
            return excellent + good + completed + notCompleted;
        }
    }

    /** One rated person. */
    record PersonLine(String code, String fullName, String unitName, String track, String level, String status,
                      boolean provisional) {
    }

    private static final String COUNTS = """
            select u.id, u.code, u.name, r.track,
                   sum(case when r.decided_level = 'EXCELLENT' then 1 else 0 end) as excellent,
                   sum(case when r.decided_level = 'GOOD' then 1 else 0 end) as good,
                   sum(case when r.decided_level = 'COMPLETED' then 1 else 0 end) as completed,
                   sum(case when r.decided_level = 'NOT_COMPLETED' then 1 else 0 end) as not_completed
            from yearly_rating r join org_unit u on u.id = r.unit_id
            where r.rating_year = :year and r.track = any(:tracks)"""
            + " and " + ReportSql.YEARLY_RATING_COUNTED + " and "
            + ReportScope.RATING_IN_SCOPE + """

            group by u.id, u.code, u.name, r.track
            order by u.code, r.track""";

    private static final String PEOPLE = """
            select c.code, c.full_name, u.name as unit_name, r.track, r.decided_level, r.status, r.provisional
            from yearly_rating r join org_cadre c on c.id = r.cadre_id join org_unit u on u.id = r.unit_id
            where r.rating_year = :year and r.track = :track and r.live_key is not null and """
            + ReportScope.RATING_IN_SCOPE + """

            order by u.code, c.code""";

    private final JdbcClient jdbc;

    AnnualLevelsSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void perUnit(int year, java.util.List<String> tracks, ReportScope scope, Consumer<UnitCounts> each) {
        scope.bind(jdbc.sql(COUNTS)).param("year", year).param("tracks", textArray(tracks))
                .query((RowCallbackHandler) rs -> each.accept(new UnitCounts(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("track"), rs.getLong("excellent"), rs.getLong("good"),
                        rs.getLong("completed"), rs.getLong("not_completed"))));
    }

    /** Every live rating of the track, decided or not, one at a time in unit and cadre code order. */
    void people(int year, String track, ReportScope scope, Consumer<PersonLine> each) {
        scope.bind(jdbc.sql(PEOPLE).withFetchSize(ReportSql.FETCH_SIZE)).param("year", year)
                .param("track", track)
                .query((RowCallbackHandler) rs -> each.accept(new PersonLine(rs.getString("code"),
                        rs.getString("full_name"), rs.getString("unit_name"), rs.getString("track"),
                        rs.getString("decided_level"), rs.getString("status"), rs.getBoolean("provisional"))));
    }

    private static org.springframework.jdbc.core.support.AbstractSqlTypeValue textArray(java.util.List<String> values) {
        String[] array = values.toArray(String[]::new);
        return new org.springframework.jdbc.core.support.AbstractSqlTypeValue() {
            @Override
            protected java.sql.Array createTypeValue(java.sql.Connection connection, int sqlType, String typeName)
                    throws java.sql.SQLException {
                return connection.createArrayOf("varchar", array);
            }
        };
    }
}
