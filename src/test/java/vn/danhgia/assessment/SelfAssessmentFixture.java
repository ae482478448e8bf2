package vn.danhgia.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.Quarter;

/**
 * Approved plans put straight into the planning tables (the planning pages come separately), the stored state of a
 * self-assessment as rows to compare before and after a refusal, and clean-up of the cadres and quarters used. Public
 * for the two-node test (vn.danhgia.platform), which attaches evidence through one node and reads it through the other.
 */
public final class SelfAssessmentFixture {

    /** A task of a plan: axis, title, coefficient, planned quantity. */
    public record PlanTask(int axis, String title, String coefficient, String planned) {
    }

    /** Seed 002 Phụ lục 2 §2, "Ví dụ minh họa": five tasks on the party-building axis. */
    public static final List<PlanTask> WORKED_EXAMPLE = List.of(
            new PlanTask(4, "Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng", "1", "2"),
            new PlanTask(4, "Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý của các phòng", "1", "1"),
            new PlanTask(4, "Báo cáo Lãnh đạo Ban về tình hình tổ chức cơ sở đảng, đảng viên", "1.2", "1"),
            new PlanTask(4, "Tờ trình Ban Thường vụ Tỉnh ủy về dự thảo Quy định sinh hoạt đảng trực tuyến", "1.5", "1"),
            new PlanTask(4, "Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW", "2",
                    "1"));

    /** The worked example's factors per task (quality = timeliness = leadership) and done quantities. */
    static final List<String> EXAMPLE_FACTORS = List.of("0.75", "1", "1", "1", "1.2");
    static final List<String> EXAMPLE_DONE = List.of("1", "1", "1", "1", "1");

    /** The example carries all 70 task points on axis 4. */
    public static final Map<Integer, String> EXAMPLE_WEIGHTS = Map.of(1, "0", 2, "0", 3, "0", 4, "70", 5, "0", 6, "0");

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;
    private final AccessScopes access;

    public SelfAssessmentFixture(JdbcTemplate jdbc, OrganizationQueries organization, AccessScopes access) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.access = access;
    }

    CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    /** Inserts an APPROVED plan of the scheme AG-02-HD-TU-2026 and returns its id. */
    public long approvedPlan(String cadreCode, Quarter quarter, Map<Integer, String> weights, List<PlanTask> tasks) {
        CadreId cadre = cadre(cadreCode);
        long unit = access.postsOf(cadre, quarter.firstDay().plusDays(10)).get(0).unit().value();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into work_plan (cadre_id, unit_id, plan_year, "
                    + "plan_quarter, scheme_code, status, created_at, decided_by, decided_at, version) "
                    + "values (?, ?, ?, ?, 'AG-02-HD-TU-2026', 'APPROVED', ?, 'truongphong', ?, 0)", new String[] {"id"});
            insert.setLong(1, cadre.value());
            insert.setLong(2, unit);
            insert.setInt(3, quarter.year());
            insert.setInt(4, quarter.number());
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-06-20T02:00:00Z")));
            insert.setTimestamp(6, Timestamp.from(Instant.parse("2026-06-24T02:00:00Z")));
            return insert;
        }, key);
        long plan = key.getKey().longValue();
        weights.forEach((axis, points) -> jdbc.update(
                "insert into work_plan_axis (plan_id, axis_number, max_points) values (?, ?, ?)",
                plan, axis, new BigDecimal(points)));
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask task = tasks.get(i);
            jdbc.update("insert into work_plan_task (plan_id, axis_number, sort_order, title, coefficient, "
                    + "planned_quantity, deadline) values (?, ?, ?, ?, ?, ?, ?)", plan, task.axis(), i + 1,
                    task.title(), new BigDecimal(task.coefficient()), new BigDecimal(task.planned()),
                    quarter.lastDay());
        }
        return plan;
    }

    /** Everything stored about a self-assessment, to compare before and after a refused change. */
    String stored(long id) {
        return jdbc.queryForList("select * from self_assessment where id = ?", id)
                + " " + jdbc.queryForList("select * from self_assessment_task where assessment_id = ? order by id", id)
                + " " + jdbc.queryForList("select * from self_assessment_criterion where assessment_id = ? "
                + "order by criterion_code", id)
                + " " + jdbc.queryForList("select * from self_assessment_axis where assessment_id = ? "
                + "order by axis_number", id);
    }

    long count(String cadreCode, Quarter quarter) {
        return jdbc.queryForObject("select count(*) from self_assessment where cadre_id = ? and period_year = ? "
                + "and period_quarter = ?", Long.class, cadre(cadreCode).value(), quarter.year(), quarter.number());
    }

    /** Removes the self-assessments and plans of these cadres in these quarters. */
    public void clean(List<String> cadreCodes, List<Quarter> quarters) {
        String cadres = cadreCodes.stream().map(code -> String.valueOf(cadre(code).value()))
                .collect(Collectors.joining(","));
        for (Quarter quarter : quarters) {
            String period = " cadre_id in (" + cadres + ") and period_year = " + quarter.year()
                    + " and period_quarter = " + quarter.number();
            String assessments = "select id from self_assessment where" + period;
            for (String table : List.of("self_assessment_evidence", "self_assessment_task", "self_assessment_criterion",
                    "self_assessment_axis")) {
                jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
            }
            jdbc.update("delete from self_assessment where" + period);
            String plans = "select id from work_plan where cadre_id in (" + cadres + ") and plan_year = "
                    + quarter.year() + " and plan_quarter = " + quarter.number();
            for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
                jdbc.update("delete from " + table + " where plan_id in (" + plans + ")");
            }
            jdbc.update("delete from work_plan where cadre_id in (" + cadres + ") and plan_year = " + quarter.year()
                    + " and plan_quarter = " + quarter.number());
        }
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
