package vn.danhgia.reporting.dashboard;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.scheme.Quarter;

/**
 * Quarters of history for the made-up body of {@link vn.danhgia.reporting.progress.ProgressBoardLoad}: for each quarter
 * and each of its cadres a submitted self-assessment (totals spread from 40 to 104 points), every other one appraised
 * two points lower, and a rating in the department of the main post (a third proposed, the rest decided or announced;
 * self-proposed levels above the decided one now and then). Written with one INSERT … SELECT per table and quarter, so
 * 20,000 cadres × 12 quarters load in seconds. Used by the dashboard's query-count test and its benchmark.
 */
final class DashboardLoad {

    private final JdbcTemplate jdbc;
    private final DashboardFigures figures;
    private final String prefix;
    private final Set<Quarter> written = new LinkedHashSet<>();

    DashboardLoad(JdbcTemplate jdbc, DashboardFigures figures, String prefix) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.prefix = prefix;
    }

    /** Records for every cadre of the body in each quarter; returns the ratings written. */
    int addQuarters(List<Quarter> quarters) {
        int ratings = 0;
        for (Quarter quarter : quarters) {
            int salt = quarter.year() * 4 + quarter.number();
            Timestamp submitted = Timestamp.valueOf(quarter.lastDay().minusDays(20).atTime(9, 0));
            jdbc.update("""
                    insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                        proposed_level, submitted_total, created_at, submitted_at, version)
                    select c.id, p.unit_id, ?, ?, 'AG-02-HD-TU-2026', 'SUBMITTED',
                        case when mod(c.id + ?, 5) = 0 then 'EXCELLENT' when mod(c.id + ?, 5) = 4 then 'COMPLETED'
                             else 'GOOD' end,
                        40 + mod(c.id * 7 + ?, 65), ?, ?, 0
                    from org_cadre c
                    join org_appointment a on a.cadre_id = c.id and a.kind <> 'CONCURRENT'
                    join org_position p on p.id = a.position_id
                    where c.code like ?""", quarter.year(), quarter.number(), salt, salt, salt, submitted, submitted,
                    prefix + "-%");
            jdbc.update("""
                    insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, appraised_total,
                        appraised_by, appraised_at, version)
                    select sa.id, sa.cadre_id, 'COMPLETED', sa.proposed_level, sa.submitted_total - 2, 'bench', ?, 0
                    from self_assessment sa join org_cadre c on c.id = sa.cadre_id
                    where c.code like ? and sa.period_year = ? and sa.period_quarter = ? and mod(sa.id, 2) = 0""",
                    submitted, prefix + "-%", quarter.year(), quarter.number());
            ratings += jdbc.update("""
                    insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                        self_proposed_level, decided_level, decided_at, announced_at, discrepancy, version)
                    select sa.cadre_id, sa.cadre_id, sa.unit_id, sa.period_year, sa.period_quarter,
                        case when mod(sa.id, 3) = 0 then 'PROPOSED' when mod(sa.id, 3) = 1 then 'DECIDED'
                             else 'ANNOUNCED' end,
                        sa.proposed_level,
                        case when mod(sa.id, 3) = 0 then null when sa.submitted_total >= 95 then 'EXCELLENT'
                             when sa.submitted_total >= 70 then 'GOOD' when sa.submitted_total >= 50 then 'COMPLETED'
                             else 'NOT_COMPLETED' end,
                        case when mod(sa.id, 3) = 0 then null else sa.submitted_at end,
                        case when mod(sa.id, 3) = 2 then sa.submitted_at end, false, 0
                    from self_assessment sa join org_cadre c on c.id = sa.cadre_id
                    where c.code like ? and sa.period_year = ? and sa.period_quarter = ?""",
                    prefix + "-%", quarter.year(), quarter.number());
            // Written with SQL, as a bulk import would: the writer recomputes the dashboard's kept figures.
            figures.recomputeQuarter(quarter);
            written.add(quarter);
        }
        return ratings;
    }

    /**
     * Takes out the history (before {@link vn.danhgia.reporting.progress.ProgressBoardLoad#remove} takes out the body).
     */
    void remove() {
        String cadres = "(select id from org_cadre where code like '" + prefix + "-%')";
        jdbc.update("delete from quarter_rating where cadre_id in " + cadres);
        jdbc.update("delete from appraisal where cadre_id in " + cadres);
        jdbc.update("delete from self_assessment where cadre_id in " + cadres);
        written.forEach(figures::recomputeQuarter);
    }
}
