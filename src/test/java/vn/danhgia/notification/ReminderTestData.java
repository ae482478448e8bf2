package vn.danhgia.notification;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts with e-mail addresses and roles, plans, self-assessments, appraisals, councils and quarter ratings written
 * straight into the tables (planning, assessment and review are separate modules).
 */
final class ReminderTestData {

    private ReminderTestData() {
    }

    /** Gives the cadre an account (unless they have one) with the address {@code <username>@danhgia.test}. */
    static String accountWithEmail(JdbcClient jdbc, String cadreCode, String username) {
        jdbc.sql("""
                        insert into user_account (username, password_hash, display_name, enabled, created_at, version,
                                                  cadre_id)
                        select :username, '{noop}not-used', c.full_name, true, current_timestamp, 0, c.id
                        from org_cadre c where c.code = :code
                          and not exists (select 1 from user_account ua where ua.cadre_id = c.id)""")
                .param("username", username).param("code", cadreCode).update();
        String email = username + "@danhgia.test";
        jdbc.sql("update user_account set email = :email where cadre_id = (select id from org_cadre where code = :code)")
                .param("email", email).param("code", cadreCode).update();
        return email;
    }

    /** A submitted plan of the cadre for the quarter, in the unit of one of their posts. */
    static void submittedPlan(JdbcClient jdbc, String cadreCode, int year, int quarter) {
        jdbc.sql("""
                        insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status,
                                               created_at, submitted_at, version)
                        select c.id, min(p.unit_id), :year, :quarter, 'AG-02-HD-TU-2026', 'SUBMITTED',
                               current_timestamp, current_timestamp, 0
                        from org_cadre c join org_appointment a on a.cadre_id = c.id
                        join org_position p on p.id = a.position_id
                        where c.code = :code and not exists (select 1 from work_plan w where w.cadre_id = c.id
                              and w.plan_year = :year and w.plan_quarter = :quarter)
                        group by c.id""")
                .param("code", cadreCode).param("year", year).param("quarter", quarter).update();
        jdbc.sql("""
                        update work_plan set status = 'SUBMITTED' where plan_year = :year and plan_quarter = :quarter
                          and cadre_id = (select id from org_cadre where code = :code)""")
                .param("code", cadreCode).param("year", year).param("quarter", quarter).update();
    }

    static long notificationsOf(JdbcClient jdbc, String email) {
        return jdbc.sql("""
                        select count(*) from notification n join user_account ua on ua.id = n.account_id
                        where ua.email = :email""")
                .param("email", email).query(Long.class).single();
    }

    /**
     * Gives the cadre's account (made as {@link #accountWithEmail}) the role unless it has it; answers whether it was
     * added, so a test on a shared database can take it away again.
     */
    static boolean grantRole(JdbcClient jdbc, String cadreCode, String role) {
        return jdbc.sql("""
                        insert into user_role (user_id, role)
                        select ua.id, :role from user_account ua join org_cadre c on c.id = ua.cadre_id
                        where c.code = :code and not exists (select 1 from user_role r where r.user_id = ua.id
                                                             and r.role = :role)""")
                .param("role", role).param("code", cadreCode).update() == 1;
    }

    static void revokeRole(JdbcClient jdbc, String cadreCode, String role) {
        jdbc.sql("""
                        delete from user_role where role = :role and user_id in (
                            select ua.id from user_account ua join org_cadre c on c.id = ua.cadre_id
                            where c.code = :code)""")
                .param("role", role).param("code", cadreCode).update();
    }

    /** A self-assessment of the cadre in the unit, in the given status; answers its id. */
    static long selfAssessment(JdbcClient jdbc, String cadreCode, String unitCode, int year, int quarter,
                               String status) {
        jdbc.sql("""
                        insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code,
                                                     status, created_at, submitted_at, version)
                        select c.id, u.id, :year, :quarter, 'AG-02-HD-TU-2026', :status, current_timestamp,
                               current_timestamp, 0
                        from org_cadre c, org_unit u where c.code = :code and u.code = :unit""")
                .param("code", cadreCode).param("unit", unitCode).param("year", year).param("quarter", quarter)
                .param("status", status).update();
        return jdbc.sql("""
                        select sa.id from self_assessment sa join org_cadre c on c.id = sa.cadre_id
                        where c.code = :code and sa.period_year = :year and sa.period_quarter = :quarter""")
                .param("code", cadreCode).param("year", year).param("quarter", quarter).query(Long.class).single();
    }

    /** The appraisal of a self-assessment, in the given status (DRAFT or COMPLETED). */
    static void appraisal(JdbcClient jdbc, long selfAssessmentId, String status) {
        jdbc.sql("""
                        insert into appraisal (self_assessment_id, cadre_id, status, version)
                        select id, cadre_id, :status, 0 from self_assessment where id = :id""")
                .param("id", selfAssessmentId).param("status", status).update();
    }

    static void completeAppraisal(JdbcClient jdbc, long selfAssessmentId) {
        jdbc.sql("update appraisal set status = 'COMPLETED' where self_assessment_id = :id")
                .param("id", selfAssessmentId).update();
    }

    /** The live quarter rating of the cadre in the unit of their self-assessment, in the given status. */
    static void rating(JdbcClient jdbc, long selfAssessmentId, String status) {
        jdbc.sql("""
                        insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter,
                                                    status, discrepancy, version)
                        select cadre_id, cadre_id, unit_id, period_year, period_quarter, :status, false, 0
                        from self_assessment where id = :id""")
                .param("id", selfAssessmentId).param("status", status).update();
    }

    static void announce(JdbcClient jdbc, long selfAssessmentId) {
        jdbc.sql("""
                        update quarter_rating set status = 'ANNOUNCED' where live_cadre_id = (
                            select cadre_id from self_assessment where id = :id)
                          and period_year = (select period_year from self_assessment where id = :id)
                          and period_quarter = (select period_quarter from self_assessment where id = :id)""")
                .param("id", selfAssessmentId).update();
    }

    /** A council of the unit for the quarter with the cadres as members, the first chairing; answers its id. */
    static long council(JdbcClient jdbc, String unitCode, int year, int quarter, String... memberCodes) {
        jdbc.sql("""
                        insert into council (unit_id, period_year, period_quarter, quorum_members, created_by, version)
                        select id, :year, :quarter, :quorum, 'tochuc', 0 from org_unit where code = :unit""")
                .param("unit", unitCode).param("year", year).param("quarter", quarter)
                .param("quorum", memberCodes.length).update();
        long council = jdbc.sql("""
                        select co.id from council co join org_unit u on u.id = co.unit_id
                        where u.code = :unit and co.period_year = :year and co.period_quarter = :quarter""")
                .param("unit", unitCode).param("year", year).param("quarter", quarter).query(Long.class).single();
        for (int i = 0; i < memberCodes.length; i++) {
            jdbc.sql("""
                            insert into council_member (council_id, cadre_id, role)
                            select :council, id, :role from org_cadre where code = :code""")
                    .param("council", council).param("code", memberCodes[i]).param("role", i == 0 ? "CHAIR" : "MEMBER")
                    .update();
        }
        return council;
    }

    static void vote(JdbcClient jdbc, long councilId, String status) {
        jdbc.sql("""
                        insert into vote_session (council_id, opened_at, closed_at, status, version)
                        values (:council, current_timestamp, current_timestamp, :status, 0)""")
                .param("council", councilId).param("status", status).update();
    }

    /** Takes away everything of the year written by these helpers, and its reminders, so a year can be used again. */
    static void forgetYear(JdbcClient jdbc, int year) {
        jdbc.sql("delete from notification where dedup_key like :year").param("year", "%:" + year + "-%").update();
        jdbc.sql("delete from quarter_rating where period_year = :year").param("year", year).update();
        jdbc.sql("""
                        delete from appraisal_task where appraisal_id in (select id from appraisal where
                            self_assessment_id in (select id from self_assessment where period_year = :year))""")
                .param("year", year).update();
        jdbc.sql("""
                        delete from appraisal where self_assessment_id in (
                            select id from self_assessment where period_year = :year)""")
                .param("year", year).update();
        for (String part : List.of("self_assessment_task", "self_assessment_axis")) {
            jdbc.sql("delete from " + part + " where assessment_id in ("
                            + "select id from self_assessment where period_year = :year)")
                    .param("year", year).update();
        }
        jdbc.sql("delete from self_assessment where period_year = :year").param("year", year).update();
        jdbc.sql("""
                        delete from vote_session where council_id in (select id from council where period_year = :year)""")
                .param("year", year).update();
        jdbc.sql("""
                        delete from council_member where council_id in (
                            select id from council where period_year = :year)""")
                .param("year", year).update();
        jdbc.sql("delete from council where period_year = :year").param("year", year).update();
        jdbc.sql("delete from rating_deferral where period_year = :year").param("year", year).update();
        jdbc.sql("delete from rating_exemption where period_year = :year").param("year", year).update();
    }

    /** The cadre's quarter marked not rated (seed 002 §7 d), as the personnel office would. */
    static void defer(JdbcClient jdbc, String cadreCode, int year, int quarter) {
        jdbc.sql("""
                        insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected,
                            marked_by, marked_at, version)
                        select id, :year, :quarter, 'TRAINING', 'Học tập trung 3 tháng', false, 'tochuc',
                            current_timestamp, 0 from org_cadre where code = :code""")
                .param("year", year).param("quarter", quarter).param("code", cadreCode).update();
    }

    /** The cadre's year exempt from quarterly rating (seed 002 §3.3), as the personnel office would. */
    static void exempt(JdbcClient jdbc, String cadreCode, int year) {
        jdbc.sql("""
                        insert into rating_exemption (cadre_id, period_year, kind, rating_period, note, marked_by,
                            marked_at, version)
                        select id, :year, 'PARTY_COMMITTEE_ONLY', 'YEAR', 'Cấp ủy viên không giữ chức vụ chuyên môn',
                            'tochuc', current_timestamp, 0 from org_cadre where code = :code""")
                .param("year", year).param("code", cadreCode).update();
    }
}
