package vn.danhgia.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.Quarter;

/** Councils with an open vote and the cleaning of the to-do tests' years (2058–2061), straight in the tables. */
public final class TodoTestData {

    static final int FIRST_YEAR = 2058;
    static final int LAST_YEAR = 2061;

    private TodoTestData() {
    }

    /** A council of the unit for the quarter, the first member chairing, with an open vote session; its id. */
    public static long councilWithOpenVote(JdbcTemplate jdbc, OrganizationQueries organization, String unitCode,
                                    Quarter quarter, String... memberCodes) {
        long unit = organization.unitByCode(unitCode).orElseThrow().id().value();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into council (unit_id, period_year, period_quarter, "
                    + "quorum_members, created_by, version) values (?, ?, ?, 1, 'tochuc', 0)", new String[] {"id"});
            insert.setLong(1, unit);
            insert.setInt(2, quarter.year());
            insert.setInt(3, quarter.number());
            return insert;
        }, key);
        long council = key.getKey().longValue();
        for (int i = 0; i < memberCodes.length; i++) {
            jdbc.update("insert into council_member (council_id, cadre_id, role) values (?, ?, ?)", council,
                    cadre(organization, memberCodes[i]), i == 0 ? "CHAIR" : "MEMBER");
        }
        jdbc.update("insert into vote_session (council_id, opened_at, status, version) values (?, ?, 'OPEN', 0)",
                council, Timestamp.from(Instant.parse(quarter.lastDay() + "T01:00:00Z")));
        return council;
    }

    /** The voter's vote in the council's open session. */
    public static void vote(JdbcTemplate jdbc, OrganizationQueries organization, long council, String voter,
                     String subject) {
        jdbc.update("insert into vote (session_id, voter_cadre_id, subject_cadre_id, level) select id, ?, ?, 'GOOD' "
                + "from vote_session where council_id = ? and status = 'OPEN'", cadre(organization, voter),
                cadre(organization, subject), council);
    }

    private static long cadre(OrganizationQueries organization, String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    /** Removes everything the to-do tests made in their years. */
    public static void clean(JdbcTemplate jdbc) {
        String years = " between " + FIRST_YEAR + " and " + LAST_YEAR;
        String councils = "select id from council where period_year" + years;
        jdbc.update("delete from vote where session_id in (select id from vote_session where council_id in ("
                + councils + "))");
        jdbc.update("delete from vote_session where council_id in (" + councils + ")");
        jdbc.update("delete from council_member where council_id in (" + councils + ")");
        jdbc.update("delete from council where period_year" + years);
        jdbc.update("update quarter_rating set replaces_id = null where period_year" + years);
        jdbc.update("delete from quarter_rating where period_year" + years);
        String assessments = "select id from self_assessment where period_year" + years;
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where period_year" + years);
        String plans = "select id from work_plan where plan_year" + years;
        for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
            jdbc.update("delete from " + table + " where plan_id in (" + plans + ")");
        }
        jdbc.update("delete from work_plan where plan_year" + years);
    }
}
