package vn.danhgia.reporting;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Whose ratings a report covers, as checked by {@link ReportScopes}: the whole province (the administrator), or the
 * ratings given in some units and those of some managed cadres; optionally narrowed to a unit's subtree. Statements
 * take it as arrays, so their text is the same for every person and size of scope. Works on H2 (PostgreSQL mode) and
 * PostgreSQL.
 *
 * @param wholeProvince every rating
 * @param units         units whose ratings the person sees (the personnel office's, the head's subtree)
 * @param managed       cadres in the person's management scope, wherever rated
 * @param anyUnit       no unit chosen
 * @param filterUnits   the chosen unit and the units below it
 * @param bodyName      the body the report is from, for the heading
 */
public record ReportScope(boolean wholeProvince, Collection<Long> units, Collection<Long> managed, boolean anyUnit,
                          Collection<Long> filterUnits, String bodyName) {

    /** The condition on a rating {@code r} (quarter_rating) that keeps it in the scope. */
    public static final String RATING_IN_SCOPE = """
            (:wholeProvince or r.unit_id = any(:units) or r.cadre_id = any(:managed))
              and (:anyUnit or r.unit_id = any(:filterUnits))""";

    /**
     * The condition on an appointment {@code a} to a position {@code p} that keeps the cadre in the scope: posted in a
     * unit the person sees, or managed by them (both narrowed to the chosen unit, if any).
     */
    public static final String POSTED_IN_SCOPE = """
            (:wholeProvince or p.unit_id = any(:units) or a.cadre_id = any(:managed))
              and (:anyUnit or p.unit_id = any(:filterUnits))""";

    /** Binds the parameters of {@link #RATING_IN_SCOPE} and {@link #POSTED_IN_SCOPE}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("wholeProvince", wholeProvince)
                .param("units", bigintArray(units))
                .param("managed", bigintArray(managed))
                .param("anyUnit", anyUnit)
                .param("filterUnits", bigintArray(filterUnits));
    }

    /** A bigint array parameter, made on the statement's own connection (H2 and PostgreSQL both accept it). */
    public static AbstractSqlTypeValue bigintArray(Collection<Long> ids) {
        Long[] values = new ArrayList<>(ids).toArray(Long[]::new);
        return new AbstractSqlTypeValue() {
            @Override
            protected Array createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("bigint", values);
            }
        };
    }
}
