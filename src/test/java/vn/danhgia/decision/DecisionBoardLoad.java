package vn.danhgia.decision;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;

/**
 * A made-up authority for the decision board: the body of {@link ProgressBoardLoad} (one agency, numbered departments,
 * heads, deputies and specialists with self-assessments for one in four), where the agency evaluates and decides for
 * every post of its departments, so that its head, acting as the authority, sees them all on one board. Of the
 * self-assessments every one is appraised (GOOD) and every third cadre's has a head's proposal. Written with plain SQL;
 * {@link #remove} takes it all out again. Used by the statement-count test and the benchmark.
 */
public final class DecisionBoardLoad {

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ProgressBoardLoad body;

    public DecisionBoardLoad(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.body = new ProgressBoardLoad(jdbc, prefix);
    }

    /** The agency's head, who acts for the agency as the deciding authority. */
    public String headCode() {
        return body.headCode();
    }

    /** The agency and its departments, the agency evaluating and deciding for every department post. */
    public void createBody(int departments) {
        body.createBody(departments);
        long agency = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, prefix);
        for (String role : new String[] {"EVALUATES", "DECIDES"}) {
            jdbc.update("insert into org_management_scope (position_id, scope_role, authority_unit_id, valid_from,"
                    + " valid_to, basis, version) select p.id, ?, ?, date '2020-01-01', null, 'Kế hoạch thử tải', 0"
                    + " from org_position p where p.code like ?", role, agency, prefix + ".D%");
        }
    }

    /** Cadres {@code from} to {@code to}, as {@link ProgressBoardLoad#addCadres}, with appraisals and proposals. */
    public void addCadres(int from, int to, int departments, Quarter quarter) {
        body.addCadres(from, to, departments, quarter);
        jdbc.update("insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, appraised_by,"
                + " appraised_at, version) select s.id, s.cadre_id, 'COMPLETED', 'GOOD', 'thu-tai', current_timestamp, 0"
                + " from self_assessment s join org_cadre c on c.id = s.cadre_id where c.code like ?"
                + " and s.period_year = ? and s.period_quarter = ?"
                + " and not exists (select 1 from appraisal a where a.self_assessment_id = s.id)",
                prefix + "-%", quarter.year(), quarter.number());
        jdbc.update("insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,"
                + " head_proposed_level, head_proposed_by, head_proposed_at, discrepancy, version)"
                + " select s.cadre_id, s.cadre_id, s.unit_id, s.period_year, s.period_quarter, 'PROPOSED', 'GOOD',"
                + " 'thu-tai', current_timestamp, false, 0"
                + " from self_assessment s join org_cadre c on c.id = s.cadre_id where c.code like ?"
                + " and s.period_year = ? and s.period_quarter = ? and mod(s.cadre_id, 3) = 0"
                + " and not exists (select 1 from quarter_rating r where r.cadre_id = s.cadre_id"
                + " and r.period_year = s.period_year and r.period_quarter = s.period_quarter)",
                prefix + "-%", quarter.year(), quarter.number());
    }

    /** Takes out everything this load wrote. */
    public void remove() {
        String cadres = "(select id from org_cadre where code like '" + prefix + "-%')";
        jdbc.update("delete from quarter_rating where cadre_id in " + cadres);
        jdbc.update("delete from appraisal where cadre_id in " + cadres);
        jdbc.update("delete from org_management_scope where position_id in"
                + " (select id from org_position where code like ?)", prefix + ".%");
        body.remove();
    }
}
