package vn.danhgia.emulation;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.council.ReviewStepsLoad;
import vn.danhgia.scheme.Quarter;

/**
 * A made-up agency's emulation year for the review board: the body of {@link ReviewStepsLoad} (numbered departments
 * and a personnel office serving them), every cadre rated at their main post for the year and the one before (those
 * whose id is a multiple of three EXCELLENT, the others GOOD), each department's collective rated GOOD, everyone and
 * every department registered for Lao động tiên tiến (Tập thể lao động tiên tiến), the EXCELLENT ones with a
 * grassroots initiative and everyone holding Lao động tiên tiến of the year before; and each department's review
 * meeting open, with everyone and the collective nominated for those titles. Written with plain SQL;
 * {@link #remove} takes it all out again.
 */
final class EmulationBoardLoad {

    private static final String RECORDED = "timestamp '2068-01-10 02:00:00'";

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ReviewStepsLoad body;

    EmulationBoardLoad(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.body = new ReviewStepsLoad(jdbc, prefix);
    }

    String officerCode() {
        return body.officerCode();
    }

    /** The agency with its departments and cadres, each department's year rated, registered and under review. */
    void create(int departments, int cadres, int year) {
        body.createBody(departments);
        body.addCadres(1, cadres, departments, new Quarter(year, 1));
        String mainPosts = " from org_appointment a join org_position p on p.id = a.position_id"
                + " where a.kind <> 'CONCURRENT' and p.code like '" + prefix + ".D%'";
        String departmentUnits = " from org_unit u where u.code like '" + prefix + ".D%'";
        for (int rated = year - 1; rated <= year; rated++) {
            jdbc.update("insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key,"
                    + " status, heads_unit, cap_exempt, disciplined, provisional, decided_level, version)"
                    + " select 'CADRE', 'STATE', a.cadre_id, p.unit_id, ?, 'C' || cast(a.cadre_id as varchar(20))"
                    + " || ':STATE', 'DECIDED', p.position_rank = 'HEAD', false, false, false,"
                    + " case when mod(a.cadre_id, 3) = 0 then 'EXCELLENT' else 'GOOD' end, 0" + mainPosts, rated);
        }
        jdbc.update("insert into yearly_rating (subject_kind, track, unit_id, rating_year, live_key, status,"
                + " heads_unit, cap_exempt, disciplined, provisional, decided_level, version)"
                + " select 'COLLECTIVE', 'COLLECTIVE', u.id, ?, 'U' || cast(u.id as varchar(20)), 'DECIDED', false,"
                + " false, false, false, 'GOOD', 0" + departmentUnits, year);
        jdbc.update("insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,"
                + " registered_on, late, source, recorded_by, recorded_at, version)"
                + " select 'INDIVIDUAL', a.cadre_id, p.unit_id, ?, 'ADVANCED_WORKER', ?, false, 'FORM', 'thu-tai', "
                + RECORDED + ", 0" + mainPosts, year, java.sql.Date.valueOf(year + "-01-10"));
        jdbc.update("insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,"
                + " registered_on, late, source, recorded_by, recorded_at, version)"
                + " select 'COLLECTIVE', u.id, u.id, ?, 'ADVANCED_COLLECTIVE', ?, false, 'FORM', 'thu-tai', "
                + RECORDED + ", 0" + departmentUnits, year, java.sql.Date.valueOf(year + "-01-10"));
        jdbc.update("insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,"
                + " recognised_year, recorded_by, recorded_at, version)"
                + " select 'INDIVIDUAL', a.cadre_id, p.unit_id, 'INITIATIVE', 'Sáng kiến cải tiến thủ tục',"
                + " 'GRASSROOTS', ?, 'thu-tai', " + RECORDED + ", 0" + mainPosts + " and mod(a.cadre_id, 3) = 0", year);
        jdbc.update("insert into emulation_award (holder, subject_id, unit_id, award_year, title, source,"
                + " decision_ref, recorded_by, recorded_at, version)"
                + " select 'INDIVIDUAL', a.cadre_id, p.unit_id, ?, 'ADVANCED_WORKER', 'IMPORT', 'QĐ thử tải',"
                + " 'thu-tai', " + RECORDED + ", 0" + mainPosts, year - 1);
        jdbc.update("insert into emulation_review (unit_id, review_year, status, opened_by, opened_at, version)"
                + " select u.id, ?, 'OPEN', 'thu-tai', " + RECORDED + ", 0" + departmentUnits, year);
        String reviewedPeople = " from emulation_review r join org_unit u on u.id = r.unit_id"
                + " join org_position p on p.unit_id = u.id join org_appointment a on a.position_id = p.id"
                + " where a.kind <> 'CONCURRENT' and r.review_year = ? and u.code like ?";
        jdbc.update("insert into emulation_nomination (review_id, holder, subject_id, title, eligible, outcome,"
                + " version) select r.id, 'INDIVIDUAL', a.cadre_id, 'ADVANCED_WORKER', true, 'PENDING', 0"
                + reviewedPeople, year, prefix + ".D%");
        jdbc.update("insert into emulation_nomination (review_id, holder, subject_id, title, eligible, outcome,"
                + " version) select r.id, 'COLLECTIVE', r.unit_id, 'ADVANCED_COLLECTIVE', true, 'PENDING', 0"
                + " from emulation_review r join org_unit u on u.id = r.unit_id where r.review_year = ?"
                + " and u.code like ?", year, prefix + ".D%");
    }

    /** Takes out everything this load wrote. */
    void remove() {
        String units = "(select id from org_unit where code like '" + prefix + ".%')";
        jdbc.update("delete from emulation_nomination where review_id in (select id from emulation_review"
                + " where unit_id in " + units + ")");
        jdbc.update("delete from emulation_review where unit_id in " + units);
        jdbc.update("delete from emulation_award where unit_id in " + units);
        jdbc.update("delete from emulation_achievement where unit_id in " + units);
        jdbc.update("delete from emulation_registration where unit_id in " + units);
        jdbc.update("delete from yearly_rating where unit_id in " + units);
        body.remove();
    }
}
