package vn.danhgia.decision;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.SubmittedSelfAssessments;

/**
 * Submitted self-assessments with completed appraisals put straight into the tables, so that decisions have their
 * input without running the whole cycle: three tasks of coefficient 1 on axis 1 (70 points), all done or one left
 * undone, and {@code beyond} of them above requirement (factors 1,2), which makes 1–3 EXCELLENT of increasing strength
 * and 0 GOOD (seed 000 §III.3.1: at least 30 % of tasks beyond requirement for EXCELLENT). Quarters of 2031, which no
 * other test uses.
 */
final class DecisionFixture {

    static final Quarter Q1 = new Quarter(2031, 1);
    static final Quarter Q2 = new Quarter(2031, 2);
    static final Quarter Q3 = new Quarter(2031, 3);

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;
    private final SubmittedSelfAssessments selfAssessments;

    DecisionFixture(JdbcTemplate jdbc, OrganizationQueries organization, AccessScopes access) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.selfAssessments = new SubmittedSelfAssessments(jdbc, organization, access);
    }

    CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    UnitId unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    /** All three tasks done, {@code beyond} of them above requirement; appraisal proposes the cadre's level. */
    void appraised(String code, Quarter quarter, int beyond) {
        appraised(code, quarter, beyond, true, beyond > 0 ? "EXCELLENT" : "GOOD");
    }

    void appraised(String code, Quarter quarter, int beyond, boolean allDone, String proposed) {
        selfAssessments.appraised(code, quarter, beyond, allDone, proposed);
    }

    /** The cadre's ratings of the quarter as stored, to compare before and after a refusal. */
    String stored(String code, Quarter quarter) {
        return jdbc.queryForList("select * from quarter_rating where cadre_id = ? and period_year = ? "
                + "and period_quarter = ? order by id", cadre(code).value(), quarter.year(), quarter.number())
                .toString();
    }

    /** Removes ratings, collective results, appraisals and self-assessments of 2031. */
    void clean() {
        clean(2031);
    }

    /** Removes ratings, collective results, appraisals and self-assessments of the year. */
    void clean(int year) {
        String assessments = "select id from self_assessment where period_year = " + year;
        jdbc.update("update quarter_rating set replaces_id = null where period_year = ?", year);
        jdbc.update("delete from quarter_rating where period_year = ?", year);
        jdbc.update("delete from collective_result where period_year = ?", year);
        jdbc.update("delete from excellent_quota_lock where period_year = ?", year);
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where period_year = ?", year);
    }

    /** Marks the live rating cancelled as the complaints step will (seed 000 §II.2). */
    void cancel(String code, Quarter quarter) {
        jdbc.update("update quarter_rating set status = 'CANCELLED', live_cadre_id = null, cancel_reason = ?, "
                + "cancelled_by = 'kiemtra', version = version + 1 where cadre_id = ? and period_year = ? "
                + "and period_quarter = ? and status <> 'CANCELLED'", "Khiếu nại được chấp nhận",
                cadre(code).value(), quarter.year(), quarter.number());
    }

    static String codes(List<String> codes) {
        return codes.stream().collect(Collectors.joining(","));
    }
}
