package vn.danhgia.appraisal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.TestActors;

/**
 * A submitted self-assessment to appraise: the approved plan of seed 002 Phụ lục 2's worked example put straight into
 * the planning tables, then opened, filled in with the example's figures and submitted by the cadre through
 * {@link SelfAssessmentService}; the stored appraisal as rows to compare before and after a refusal; clean-up.
 */
final class AppraisalFixture {

    static final Quarter Q3 = new Quarter(2026, 3);

    /** Seed 002 Phụ lục 2 §2, "Ví dụ minh họa": five tasks on the party-building axis (axis, title, coef, planned). */
    private static final List<String[]> WORKED_EXAMPLE = List.of(
            new String[] {"Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng", "1", "2", "0.75"},
            new String[] {"Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý của các phòng", "1", "1", "1"},
            new String[] {"Báo cáo Lãnh đạo Ban về tình hình tổ chức cơ sở đảng, đảng viên", "1.2", "1", "1"},
            new String[] {"Tờ trình Ban Thường vụ Tỉnh ủy về dự thảo Quy định sinh hoạt đảng trực tuyến", "1.5", "1",
                    "1"},
            new String[] {"Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW", "2",
                    "1", "1.2"});

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final SelfAssessmentService selfAssessments;

    AppraisalFixture(JdbcTemplate jdbc, OrganizationQueries organization, AccessScopes access,
                     SelfAssessmentService selfAssessments) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.access = access;
        this.selfAssessments = selfAssessments;
    }

    CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    /** The worked example (91,93 points) opened and filled in by the cadre; submitted when asked. */
    SelfAssessmentView workedExample(Actor cadre, String cadreCode, boolean submit) {
        approvedPlan(cadreCode);
        return TestActors.runAs(cadre, () -> {
            SelfAssessmentView opened = selfAssessments.open(Q3);
            List<SelfAssessmentContent.TaskEntry> tasks = new ArrayList<>();
            for (int i = 0; i < opened.tasks().size(); i++) {
                SelfAssessmentView.TaskView task = opened.tasks().get(i);
                BigDecimal factor = new BigDecimal(WORKED_EXAMPLE.get(i)[3]);
                tasks.add(new SelfAssessmentContent.TaskEntry(task.id(), null, null, null, null, BigDecimal.ONE,
                        factor, factor, factor, "Văn bản số " + (i + 1)));
            }
            SelfAssessmentView saved = selfAssessments.save(opened.id(), opened.version(),
                    new SelfAssessmentContent(null, null, tasks, "GOOD", null));
            return submit ? selfAssessments.submit(saved.id(), saved.version()) : saved;
        });
    }

    private void approvedPlan(String cadreCode) {
        CadreId cadre = cadre(cadreCode);
        long unit = access.postsOf(cadre, Q3.firstDay().plusDays(10)).get(0).unit().value();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into work_plan (cadre_id, unit_id, plan_year, "
                    + "plan_quarter, scheme_code, status, created_at, decided_by, decided_at, version) "
                    + "values (?, ?, ?, ?, 'AG-02-HD-TU-2026', 'APPROVED', ?, 'thamquyen', ?, 0)",
                    new String[] {"id"});
            insert.setLong(1, cadre.value());
            insert.setLong(2, unit);
            insert.setInt(3, Q3.year());
            insert.setInt(4, Q3.number());
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-06-20T02:00:00Z")));
            insert.setTimestamp(6, Timestamp.from(Instant.parse("2026-06-24T02:00:00Z")));
            return insert;
        }, key);
        long plan = key.getKey().longValue();
        for (int axis = 1; axis <= 6; axis++) {
            jdbc.update("insert into work_plan_axis (plan_id, axis_number, max_points) values (?, ?, ?)", plan, axis,
                    new BigDecimal(axis == 4 ? "70" : "0"));
        }
        for (int i = 0; i < WORKED_EXAMPLE.size(); i++) {
            String[] task = WORKED_EXAMPLE.get(i);
            jdbc.update("insert into work_plan_task (plan_id, axis_number, sort_order, title, coefficient, "
                    + "planned_quantity, deadline) values (?, 4, ?, ?, ?, ?, ?)", plan, i + 1, task[0],
                    new BigDecimal(task[1]), new BigDecimal(task[2]), Q3.lastDay());
        }
    }

    /** Everything stored about an appraisal and its self-assessment's tasks, to compare before and after. */
    String stored(long appraisalId) {
        return jdbc.queryForList("select * from appraisal where id = ?", appraisalId)
                + " " + jdbc.queryForList("select * from appraisal_task where appraisal_id = ? "
                + "order by self_assessment_task_id", appraisalId)
                + " " + jdbc.queryForList("select t.* from self_assessment_task t join appraisal a "
                + "on a.self_assessment_id = t.assessment_id where a.id = ? order by t.id", appraisalId);
    }

    long appraisals(long selfAssessmentId) {
        return jdbc.queryForObject("select count(*) from appraisal where self_assessment_id = ?", Long.class,
                selfAssessmentId);
    }

    /** Removes the appraisals, self-assessments and plans of these cadres in quarter III/2026. */
    void clean(List<String> cadreCodes) {
        String cadres = cadreCodes.stream().map(code -> String.valueOf(cadre(code).value()))
                .collect(Collectors.joining(","));
        String period = " cadre_id in (" + cadres + ") and period_year = 2026 and period_quarter = 3";
        String assessments = "select id from self_assessment where" + period;
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where" + period);
        String plans = "select id from work_plan where cadre_id in (" + cadres + ") and plan_year = 2026 "
                + "and plan_quarter = 3";
        for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
            jdbc.update("delete from " + table + " where plan_id in (" + plans + ")");
        }
        jdbc.update("delete from work_plan where cadre_id in (" + cadres + ") and plan_year = 2026 "
                + "and plan_quarter = 3");
    }
}
