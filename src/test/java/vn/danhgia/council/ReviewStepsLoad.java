package vn.danhgia.council;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;

/**
 * A made-up body for the quarterly review steps after the self-assessment: the agency of {@link ProgressBoardLoad}
 * (numbered departments, every fourth cadre with a submitted self-assessment) with a personnel office (tổ chức cán bộ)
 * serving the agency and its one officer, who appraises and sets councils up; draft appraisals for every other
 * submitted self-assessment; and councils of departments whose members are the department's cadres, with a closed
 * session where every member was present and voted GOOD on every other cadre of the department. Written with plain
 * SQL; {@link #remove} takes it all out again.
 */
public final class ReviewStepsLoad {

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ProgressBoardLoad body;

    public ReviewStepsLoad(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.body = new ProgressBoardLoad(jdbc, prefix);
    }

    /** The personnel officer, who serves the whole agency. */
    public String officerCode() {
        return prefix + "-TCCB";
    }

    /** The agency, its departments and posts, and its personnel office with the officer. */
    public void createBody(int departments) {
        body.createBody(departments);
        long agency = unitId(prefix);
        String office = prefix + ".TCCB";
        jdbc.update("insert into org_unit (code, name, kind, parent_id, version) values (?, ?, 'DEPARTMENT', ?, 0)",
                office, "Phòng Tổ chức cán bộ", agency);
        jdbc.update("insert into org_position (code, title, position_rank, track, unit_id, leader, version)"
                + " values (?, 'Chuyên viên tổ chức', 'MEMBER', 'GOVERNMENT', ?, false, 0)", office + ".CV",
                unitId(office));
        jdbc.update("insert into org_cadre (code, full_name, birth_date, party_member, employment_kind, version,"
                + " name_sort_key, name_search) values (?, 'Đỗ Thị Tổ Chức', date '1980-03-03', true,"
                + " 'CIVIL_SERVANT', 0, 'chuc do thi to', 'do thi to chuc')", officerCode());
        jdbc.update("insert into org_appointment (cadre_id, position_id, start_date, end_date, kind, version)"
                + " select c.id, p.id, date '2020-01-01', null, 'FIRST_APPOINTMENT', 0 from org_cadre c, org_position p"
                + " where c.code = ? and p.code = ?", officerCode(), office + ".CV");
        jdbc.update("insert into org_served_unit (office_unit_id, served_unit_id) values (?, ?)", unitId(office),
                agency);
    }

    /**
     * Cadres {@code from} to {@code to}, as {@link ProgressBoardLoad#addCadres}, and a draft appraisal for every other
     * new submitted self-assessment, so that the list holds both rows to open and rows to continue.
     */
    public void addCadres(int from, int to, int departments, Quarter quarter) {
        body.addCadres(from, to, departments, quarter);
        jdbc.update("insert into appraisal (self_assessment_id, cadre_id, status, version)"
                + " select s.id, s.cadre_id, 'DRAFT', 0 from self_assessment s join org_cadre c on c.id = s.cadre_id"
                + " where c.code like ? and s.period_year = ? and s.period_quarter = ? and mod(s.id, 2) = 0"
                + " and not exists (select 1 from appraisal a where a.self_assessment_id = s.id)",
                prefix + "-%", quarter.year(), quarter.number());
    }

    /**
     * The councils of departments {@code from} to {@code to} for the quarter: the officer as secretary, the
     * department's cadres as members (the first by code chairs), a closed session with everyone present, and every
     * member's vote of GOOD on every other cadre of the department. Returns the last council's session.
     */
    public long holdCouncils(int from, int to, Quarter quarter) {
        long officer = cadreId(officerCode());
        long session = 0;
        for (int department = from; department <= to; department++) {
            long unit = body.departmentId(department);
            jdbc.update("insert into council (unit_id, period_year, period_quarter, quorum_members, created_by,"
                    + " version) values (?, ?, ?, 1, 'thu-tai', 0)", unit, quarter.year(), quarter.number());
            long council = jdbc.queryForObject("select id from council where unit_id = ? and period_year = ?"
                    + " and period_quarter = ?", Long.class, unit, quarter.year(), quarter.number());
            List<Long> cadres = jdbc.queryForList("select distinct c.id, c.code from org_cadre c"
                    + " join org_appointment a on a.cadre_id = c.id join org_position p on p.id = a.position_id"
                    + " where p.unit_id = ? order by c.code", unit).stream()
                    .map(row -> ((Number) row.get("id")).longValue()).toList();
            List<Object[]> members = new ArrayList<>();
            members.add(new Object[] {council, officer, "SECRETARY"});
            for (int i = 0; i < cadres.size(); i++) {
                members.add(new Object[] {council, cadres.get(i), i == 0 ? "CHAIR" : "MEMBER"});
            }
            jdbc.batchUpdate("insert into council_member (council_id, cadre_id, role) values (?, ?, ?)", members);
            Timestamp opened = Timestamp.from(Instant.parse(quarter.lastDay() + "T02:00:00Z"));
            jdbc.update("insert into vote_session (council_id, opened_at, closed_at, status, secret_ballot, version)"
                    + " values (?, ?, ?, 'CLOSED', false, 1)", council, opened,
                    Timestamp.from(opened.toInstant().plusSeconds(3600)));
            session = jdbc.queryForObject("select id from vote_session where council_id = ?", Long.class, council);
            List<Object[]> attendance = new ArrayList<>();
            List<Object[]> votes = new ArrayList<>();
            for (Object[] member : members) {
                long voter = (Long) member[1];
                attendance.add(new Object[] {session, voter});
                for (long subject : cadres) {
                    if (subject != voter) {
                        votes.add(new Object[] {session, voter, subject});
                    }
                }
            }
            jdbc.batchUpdate("insert into vote_session_attendance (session_id, cadre_id, present) values (?, ?, true)",
                    attendance);
            jdbc.batchUpdate("insert into vote (session_id, voter_cadre_id, subject_cadre_id, level)"
                    + " values (?, ?, ?, 'GOOD')", votes);
        }
        return session;
    }

    /** Takes out everything this load wrote. */
    public void remove() {
        String units = "(select id from org_unit where code like '" + prefix + ".%')";
        String sessions = "(select s.id from vote_session s join council c on c.id = s.council_id where c.unit_id in "
                + units + ")";
        jdbc.update("delete from vote where session_id in " + sessions);
        jdbc.update("delete from vote_session_attendance where session_id in " + sessions);
        jdbc.update("delete from vote_session where council_id in (select id from council where unit_id in " + units
                + ")");
        jdbc.update("delete from council_member where council_id in (select id from council where unit_id in "
                + units + ")");
        jdbc.update("delete from council where unit_id in " + units);
        jdbc.update("delete from appraisal where cadre_id in (select id from org_cadre where code like ?)",
                prefix + "-%");
        jdbc.update("delete from org_served_unit where office_unit_id in " + units);
        body.remove();
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long cadreId(String code) {
        return jdbc.queryForObject("select id from org_cadre where code = ?", Long.class, code);
    }
}
