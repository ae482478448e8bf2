package vn.danhgia.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.danhgia.scheme.Quarter;

/**
 * The morning of the deadline for the body {@link vn.danhgia.reporting.progress.ProgressBoardLoad} made: every cadre of
 * the prefix has an approved work plan for the quarter (one task per weighted axis of the scheme) and a DRAFT
 * self-assessment opened from it, as the application opens one (criteria met, nothing done yet, every factor 1). Every
 * cadre can sign in (username: the cadre's code in lower case), the heads of departments as unit heads, and a few
 * personnel officers each serve a share of the departments. One BCrypt hash, computed once at the application's
 * strength, serves every account: the load stays quick and every sign-in still costs what it costs. Written with
 * set-based SQL.
 */
final class DeadlineDayLoad {

    static final String SCHEME = "AG-02-HD-TU-2026";

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final Quarter quarter;

    DeadlineDayLoad(JdbcTemplate jdbc, String prefix, Quarter quarter) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.quarter = quarter;
    }

    static String username(String cadreCode) {
        return cadreCode.toLowerCase(java.util.Locale.ROOT);
    }

    String officerCode(int officer) {
        return String.format("%s-OFF%02d", prefix, officer);
    }

    /** The plans and drafts for every cadre of the body. */
    void addDrafts(Instant planned) {
        Timestamp at = Timestamp.from(planned);
        String cadres = "(select id from org_cadre where code like '" + prefix + "-0%')";
        String plans = "(select id from work_plan where plan_year = " + quarter.year() + " and plan_quarter = "
                + quarter.number() + " and cadre_id in " + cadres + ")";
        String scheme = "(select id from evaluation_scheme where code = '" + SCHEME + "')";
        jdbc.update("insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,"
                + " submitted_at, decided_by, decided_at, version)"
                + " select a.cadre_id, p.unit_id, ?, ?, ?, 'APPROVED', ?, ?, 'bench', ?, 0"
                + " from org_appointment a join org_position p on p.id = a.position_id"
                + " where a.kind <> 'CONCURRENT' and a.cadre_id in " + cadres,
                quarter.year(), quarter.number(), SCHEME, at, at, at);
        jdbc.update("insert into work_plan_axis (plan_id, axis_number, max_points)"
                + " select w.id, x.axis_number, x.default_max_points from work_plan w cross join scheme_axis x"
                + " where x.scheme_id = " + scheme + " and w.id in " + plans);
        jdbc.update("insert into work_plan_task (plan_id, axis_number, sort_order, title, coefficient, planned_quantity)"
                + " select w.id, x.axis_number, 1, 'Nhiệm vụ trọng tâm trục ' || x.axis_number, 1, 10"
                + " from work_plan w cross join scheme_axis x"
                + " where x.scheme_id = " + scheme + " and x.default_max_points > 0 and w.id in " + plans);
        jdbc.update("insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, plan_id,"
                + " status, created_at, version) select w.cadre_id, w.unit_id, w.plan_year, w.plan_quarter,"
                + " w.scheme_code, w.id, 'DRAFT', ?, 0 from work_plan w where w.id in " + plans, at);
        String drafts = "(select id from self_assessment where plan_id in " + plans + ")";
        jdbc.update("insert into self_assessment_axis (assessment_id, axis_number, max_points)"
                + " select s.id, a.axis_number, a.max_points from self_assessment s"
                + " join work_plan_axis a on a.plan_id = s.plan_id where s.id in " + drafts);
        jdbc.update("insert into self_assessment_criterion (assessment_id, criterion_code, met)"
                + " select s.id, c.code, true from self_assessment s cross join scheme_criterion c"
                + " join scheme_criterion_group g on g.id = c.group_id"
                + " where g.scheme_id = " + scheme + " and s.id in " + drafts);
        jdbc.update("insert into self_assessment_task (assessment_id, plan_task_id, axis_number, sort_order, title,"
                + " coefficient, planned_quantity, done_quantity, quality, timeliness, leadership)"
                + " select s.id, t.id, t.axis_number, t.sort_order, t.title, t.coefficient, t.planned_quantity,"
                + " 0, 1, 1, 1 from self_assessment s join work_plan_task t on t.plan_id = s.plan_id"
                + " where s.id in " + drafts);
    }

    /**
     * Accounts for every cadre of the body (heads of departments also as unit heads) and {@code officers} personnel
     * officers, officer k in an office of its own serving every department d with d mod officers = k - 1.
     */
    void addAccounts(String password, int strength, int departments, int officers) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(strength).encode(password);
        Timestamp now = Timestamp.from(Instant.now());
        long agency = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, prefix);
        for (int k = 1; k <= officers; k++) {
            String office = prefix + ".TCCB" + k;
            jdbc.update("insert into org_unit (code, name, kind, parent_id, version) values (?, ?, 'DEPARTMENT', ?, 0)",
                    office, "Tổ tổ chức cán bộ " + k, agency);
            long officeId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, office);
            jdbc.update("insert into org_position (code, title, position_rank, track, unit_id, leader, version)"
                    + " values (?, 'Chuyên viên tổ chức', 'MEMBER', 'GOVERNMENT', ?, false, 0)", office + ".CV", officeId);
            jdbc.update("insert into org_cadre (code, full_name, birth_date, party_member, employment_kind, version,"
                    + " name_sort_key, name_search) values (?, ?, date '1980-03-03', true, 'CIVIL_SERVANT', 0, ?, ?)",
                    officerCode(k), "Cán bộ tổ chức " + k, "to chuc " + k, "can bo to chuc " + k);
            jdbc.update("insert into org_appointment (cadre_id, position_id, start_date, end_date, kind, version)"
                    + " select c.id, p.id, date '2020-01-01', null, 'FIRST_APPOINTMENT', 0 from org_cadre c, org_position p"
                    + " where c.code = ? and p.code = ?", officerCode(k), office + ".CV");
            List<Object[]> served = new ArrayList<>();
            for (int d = k; d <= departments; d += officers) {
                served.add(new Object[] {officeId, String.format("%s.D%03d", prefix, d)});
            }
            jdbc.batchUpdate("insert into org_served_unit (office_unit_id, served_unit_id)"
                    + " select ?, id from org_unit where code = ?", served);
        }
        jdbc.update("insert into user_account (username, password_hash, display_name, enabled, created_at, version,"
                + " cadre_id) select lower(code), ?, full_name, true, ?, 0, id from org_cadre where code like ?"
                + " and code <> ?", hash, now, prefix + "-%", prefix + "-HEAD");
        String accounts = "(select id from user_account where username like '" + prefix.toLowerCase() + "-%')";
        jdbc.update("insert into user_role (user_id, role) select id, 'CADRE' from user_account where id in "
                + accounts);
        jdbc.update("insert into user_role (user_id, role) select u.id, 'UNIT_HEAD' from user_account u"
                + " join org_appointment a on a.cadre_id = u.cadre_id join org_position p on p.id = a.position_id"
                + " where p.position_rank = 'HEAD' and a.kind <> 'CONCURRENT' and u.id in " + accounts);
        jdbc.update("insert into user_role (user_id, role) select u.id, 'PERSONNEL_OFFICER' from user_account u"
                + " where u.username like ?", username(prefix) + "-off%");
    }

    /** The drafts' ids and their cadres' codes, in the order of the codes: the morning's queue. */
    List<Draft> drafts() {
        return jdbc.query("select s.id, c.code, c.id from self_assessment s join org_cadre c on c.id = s.cadre_id"
                        + " where s.period_year = ? and s.period_quarter = ? and s.status = 'DRAFT' and c.code like ?"
                        + " order by c.code",
                (rs, row) -> new Draft(rs.getLong(1), rs.getString(2), rs.getLong(3)), quarter.year(),
                quarter.number(), prefix + "-0%");
    }

    /** The heads of departments with an account, by code. */
    List<String> headCodes(int count) {
        return jdbc.queryForList("select c.code from org_cadre c join org_appointment a on a.cadre_id = c.id"
                + " join org_position p on p.id = a.position_id where p.position_rank = 'HEAD' and p.code like ?"
                + " and a.kind <> 'CONCURRENT' order by c.code limit " + count, String.class, prefix + ".D%");
    }

    /** A cadre's self-assessment to open, edit and submit. */
    record Draft(long id, String cadreCode, long cadreId) {
    }
}
