package vn.danhgia.reporting.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.QuarterRecordsWritten;
import vn.danhgia.scheme.Quarter;

/**
 * The dashboard's figures kept per unit and quarter (issue 15 §2): live decided ratings per level and per self-proposed
 * and decided level, and submitted self-assessments per score band. They are recomputed from the source rows for each
 * unit and quarter a transaction changes, in that transaction, after locking the unit-quarter's row; {@link #check()}
 * rebuilds every figure from the source rows and lists where the kept ones differ. The source-row statements here are
 * the same ones migration V85 filled the tables with.
 */
@Service
public class DashboardFigures {

    /** A unit's figures of one quarter: what one recompute covers. */
    public record UnitQuarter(long unitId, int year, int quarter) implements Comparable<UnitQuarter> {

        @Override
        public int compareTo(UnitQuarter other) {
            int byUnit = Long.compare(unitId, other.unitId);
            if (byUnit != 0) {
                return byUnit;
            }
            return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
        }
    }

    /**
     * One kept figure that is not what the source rows give (a missing row counts as zero): its table, its unit-quarter
     * and its level or band.
     */
    public record Difference(String figure, UnitQuarter unitQuarter, String level, long kept, long rebuilt) {
    }

    private record FigureKey(UnitQuarter unitQuarter, String level) {
    }

    private static final String ONE_UNIT_QUARTER = "%1$s.unit_id = :unit and %1$s.period_year = :year"
            + " and %1$s.period_quarter = :quarter";
    private static final String ONE_QUARTER = "%1$s.period_year = :year and %1$s.period_quarter = :quarter";
    private static final String EVERYWHERE = "1 = 1";

    private static final String LEVELS = """
            select r.unit_id, r.period_year, r.period_quarter, r.decided_level, count(*) as figure
            from quarter_rating r
            where r.status <> 'CANCELLED' and r.decided_level is not null and %s
            group by r.unit_id, r.period_year, r.period_quarter, r.decided_level""";

    private static final String OUTLIERS = """
            select unit_id, period_year, period_quarter, proposed_level, decided_level, count(*) as figure
            from (select r.unit_id, r.period_year, r.period_quarter,
                         coalesce(r.self_proposed_level, 'NONE') as proposed_level, r.decided_level
                  from quarter_rating r
                  where r.status <> 'CANCELLED' and r.decided_level is not null and %s) live
            group by unit_id, period_year, period_quarter, proposed_level, decided_level""";

    private static final String SCORES = """
            select unit_id, period_year, period_quarter, band, count(*) as figure
            from (select sa.unit_id, sa.period_year, sa.period_quarter, %s as band
                  from self_assessment sa
                  left join appraisal ap on ap.self_assessment_id = sa.id
                  where sa.status = 'SUBMITTED' and %s is not null and %%s) banded
            group by unit_id, period_year, period_quarter, band""".formatted(band(), DashboardSql.SCORE);

    /** The kept tables, each with its key columns, its count column and the statement that computes it. */
    private enum Figure {
        LEVELS("dashboard_level_count", "decided_level", "rated", DashboardFigures.LEVELS, "r"),
        OUTLIERS("dashboard_outlier_count", "proposed_level, decided_level", "rated", DashboardFigures.OUTLIERS, "r"),
        SCORES("dashboard_score_count", "band", "scored", DashboardFigures.SCORES, "sa");

        private final String table;
        private final String keys;
        private final String count;
        private final String source;
        private final String alias;

        Figure(String table, String keys, String count, String source, String alias) {
            this.table = table;
            this.keys = keys;
            this.count = count;
            this.source = source;
            this.alias = alias;
        }

        String computed(String where) {
            return source.formatted(where);
        }

        String oneUnitQuarter() {
            return ONE_UNIT_QUARTER.formatted(alias);
        }

        String columns() {
            return "unit_id, period_year, period_quarter, " + keys;
        }
    }

    private final JdbcClient jdbc;
    private final DashboardStepsGenerations stepsGenerations;

    DashboardFigures(JdbcClient jdbc, DashboardStepsGenerations stepsGenerations) {
        this.jdbc = jdbc;
        this.stepsGenerations = stepsGenerations;
    }

    /**
     * Recomputes the figures of the given unit-quarters from the source rows, in the caller's transaction; each
     * unit-quarter's row is locked first, in one order, so concurrent recomputes of one unit-quarter run one after
     * the other and the last one sees every committed change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(Collection<UnitQuarter> changed) {
        for (UnitQuarter each : new TreeSet<>(changed)) {
            lock(each);
            for (Figure figure : Figure.values()) {
                bind(jdbc.sql("delete from " + figure.table + " where " + ONE_UNIT_QUARTER.formatted(figure.table)),
                        each).update();
                bind(jdbc.sql("insert into " + figure.table + " (" + figure.columns() + ", " + figure.count + ") "
                        + figure.computed(figure.oneUnitQuarter())), each).update();
            }
        }
    }

    /**
     * Recomputes every unit of a quarter whose records were written straight with SQL (the demo's history, a bulk
     * load), in a few statements whatever the number of units, after locking the quarter's unit rows; the steps of
     * every unit are counted again too (their generations raised: such a writer does not say whose records it wrote).
     */
    @Transactional
    public void recomputeQuarter(Quarter quarter) {
        stepsGenerations.raiseAll();
        JdbcClient.StatementSpec lockRows = jdbc.sql("""
                insert into dashboard_unit_quarter (unit_id, period_year, period_quarter)
                select unit_id, period_year, period_quarter from quarter_rating
                where period_year = :year and period_quarter = :quarter
                union
                select unit_id, period_year, period_quarter from self_assessment
                where period_year = :year and period_quarter = :quarter
                on conflict do nothing""");
        bind(lockRows, quarter).update();
        bind(jdbc.sql("update dashboard_unit_quarter set recomputed = recomputed + 1"
                + " where period_year = :year and period_quarter = :quarter"), quarter).update();
        for (Figure figure : Figure.values()) {
            bind(jdbc.sql("delete from " + figure.table + " where " + ONE_QUARTER.formatted(figure.table)), quarter)
                    .update();
            bind(jdbc.sql("insert into " + figure.table + " (" + figure.columns() + ", " + figure.count + ") "
                    + figure.computed(ONE_QUARTER.formatted(figure.alias))), quarter).update();
        }
    }

    @EventListener
    @Transactional
    public void recordsWritten(QuarterRecordsWritten written) {
        recomputeQuarter(new Quarter(written.year(), written.quarter()));
    }

    /** Rebuilds every figure from the source rows and lists the kept ones that differ (none when all is well). */
    @Transactional(readOnly = true)
    public List<Difference> check() {
        List<Difference> differences = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            Map<FigureKey, Long> kept = figures("select " + figure.columns() + ", " + figure.count + " as figure from "
                    + figure.table, figure);
            Map<FigureKey, Long> rebuilt = figures(figure.computed(EVERYWHERE), figure);
            Set<FigureKey> keys = new HashSet<>(kept.keySet());
            keys.addAll(rebuilt.keySet());
            for (FigureKey key : keys) {
                long keptFigure = kept.getOrDefault(key, 0L);
                long rebuiltFigure = rebuilt.getOrDefault(key, 0L);
                if (keptFigure != rebuiltFigure) {
                    differences.add(new Difference(figure.table, key.unitQuarter(), key.level(), keptFigure,
                            rebuiltFigure));
                }
            }
        }
        differences.sort(Comparator.comparing(Difference::unitQuarter).thenComparing(Difference::figure)
                .thenComparing(Difference::level));
        return differences;
    }

    private Map<FigureKey, Long> figures(String sql, Figure figure) {
        int keyColumns = figure.columns().split(",").length;
        Map<FigureKey, Long> figures = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            List<String> level = new ArrayList<>();
            for (int column = 4; column <= keyColumns; column++) {
                level.add(rs.getString(column));
            }
            figures.put(new FigureKey(new UnitQuarter(rs.getLong(1), rs.getInt(2), rs.getInt(3)),
                    String.join(" → ", level)), rs.getLong("figure"));
        });
        return figures;
    }

    private void lock(UnitQuarter unitQuarter) {
        // The row exists once the unit-quarter has had figures; the insert waits for, then yields to, a concurrent one.
        bind(jdbc.sql("insert into dashboard_unit_quarter (unit_id, period_year, period_quarter)"
                + " values (:unit, :year, :quarter) on conflict do nothing"), unitQuarter).update();
        bind(jdbc.sql("update dashboard_unit_quarter set recomputed = recomputed + 1 where "
                + ONE_UNIT_QUARTER.formatted("dashboard_unit_quarter")), unitQuarter).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UnitQuarter unitQuarter) {
        return statement.param("unit", unitQuarter.unitId()).param("year", unitQuarter.year())
                .param("quarter", unitQuarter.quarter());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Quarter quarter) {
        return statement.param("year", quarter.year()).param("quarter", quarter.number());
    }

    /** The band of {@link DashboardSql#SCORE} as the name of its {@link ScoreBand}. */
    private static String band() {
        StringBuilder band = new StringBuilder("case");
        for (ScoreBand each : ScoreBand.values()) {
            band.append(" when ").append(each.condition(DashboardSql.SCORE)).append(" then '").append(each.name())
                    .append('\'');
        }
        return band.append(" end").toString();
    }
}
