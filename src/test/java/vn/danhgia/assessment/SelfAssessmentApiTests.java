package vn.danhgia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The self-assessment (seed 002 Mẫu 03, §4 Bước 2) over /api/v1/self-assessments: prefilled from the approved plan,
 * filled in, submitted by the deadline, returned by the head of the department; refusals leave the record as it was.
 * Lương Thị Mai (NB014, canbo) of Phòng Kinh tế in quarter III/2026 is the main case; Trịnh Đình Phong (NB013,
 * truongphong) heads her department.
 */
@DemoDataTest
class SelfAssessmentApiTests {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Quarter Q2 = new Quarter(2026, 2);
    static final Quarter Q4 = new Quarter(2026, 4);
    static final String API = "/api/v1/self-assessments";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    AuditTrail audit;

    SelfAssessmentFixture fixture;
    Actor mai;
    Actor phong;

    @BeforeEach
    void setUp() {
        fixture = new SelfAssessmentFixture(jdbc, organization, access);
        clean();
        clock.setDate(SelfAssessmentFixture.day(2026, 9, 15));
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB014", "NB015", "NB011", "NB012"), List.of(Q2, Q3, Q4));
    }

    /**
     * Seed 002 Phụ lục 2: the plan's five tasks come over with their coefficients and planned quantities; with the
     * example's done quantities and factors the sheet gives "Tổng điểm = 30 + 88,47% x 70 = 91,93 điểm".
     */
    @Test
    void prefilledFromTheApprovedPlanTheWorkedExampleScores9193() throws Exception {
        fixture.approvedPlan("NB014", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);

        String opened = body(open(mai, Q3).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.listsTasksDirectly").value(false))
                .andExpect(jsonPath("$.tasks.length()").value(5))
                .andExpect(jsonPath("$.tasks[2].coefficient").value(1.2))
                .andExpect(jsonPath("$.tasks[0].plannedQuantity").value(2))
                .andExpect(jsonPath("$.tasks[0].doneQuantity").value(0))
                .andExpect(jsonPath("$.tasks[0].quality").value(1))
                .andExpect(jsonPath("$.criteria['1.1']").value(true))
                .andExpect(jsonPath("$.axisMaxPoints['4']").value(70))
                .andExpect(jsonPath("$.deadline").value("2026-09-29")));
        long id = id(opened);

        String saved = body(save(mai, id, version(opened), exampleContent(opened, "GOOD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.total").value(91.93))
                .andExpect(jsonPath("$.score.generalPoints").value(30.00))
                .andExpect(jsonPath("$.suggestion.level").value("NOT_COMPLETED"))
                .andExpect(jsonPath("$.suggestion.reasons[0].message").isNotEmpty())
                .andExpect(jsonPath("$.proposedLevel").value("GOOD")));

        submit(mai, id, version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedTotal").value(91.93));
        assertThat(audit.ofRecord("SELF_ASSESSMENT", id)).extracting(entry -> entry.action())
                .containsExactly("SELF_ASSESSMENT_OPENED", "SELF_ASSESSMENT_SAVED", "SELF_ASSESSMENT_SUBMITTED");
    }

    /** Seed 002 §4 Bước 2: "Riêng quý II/2026 ... liệt kê trực tiếp vào Mẫu 03" — no plan needed then. */
    @Test
    void quarterIIOf2026ListsTasksDirectlyWithoutAPlan() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2026, 6, 20));
        Actor hoa = actors.cadre("NB015");
        String opened = body(open(hoa, Q2).andExpect(status().isCreated())
                .andExpect(jsonPath("$.listsTasksDirectly").value(true))
                .andExpect(jsonPath("$.tasks.length()").value(0))
                .andExpect(jsonPath("$.axisMaxPoints['1']").value(30))
                .andExpect(jsonPath("$.score").doesNotExist()));

        String content = """
                {"version":%d,"axisMaxPoints":{"1":40,"2":30,"3":0,"4":0,"5":0,"6":0},"tasks":[
                {"axis":1,"title":"Báo cáo tình hình kinh tế - xã hội quý II/2026","coefficient":1.5,
                 "plannedQuantity":1,"doneQuantity":1,"quality":1.2,"timeliness":1,"leadership":1},
                {"axis":2,"title":"Thẩm tra hồ sơ dự án đầu tư","coefficient":1,"plannedQuantity":4,
                 "doneQuantity":4,"quality":1,"timeliness":1,"leadership":1,"evidence":"Phiếu trình số 12, 15, 18, 21"}],
                "proposedLevel":"GOOD"}""".formatted(version(opened));
        put(hoa, id(opened), content).andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(2))
                .andExpect(jsonPath("$.tasks[1].evidence").value("Phiếu trình số 12, 15, 18, 21"))
                .andExpect(jsonPath("$.score.total").isNumber());
    }

    /** Seed 002 §4 Bước 1: from quarter III/2026 the self-assessment rests on the approved plan (Mẫu 01). */
    @Test
    void quarterIIIWithoutAnApprovedPlanIsRefused() throws Exception {
        open(actors.cadre("NB015"), Q3).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kế hoạch công tác quý III/2026")));
        assertThat(fixture.count("NB015", Q3)).isZero();
    }

    /** Seed 000 §I.2.2: only quarters I–III are rated; quarter IV folds into the year-end rating. */
    @Test
    void quarterIVIsNotRated() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2026, 12, 1));
        fixture.approvedPlan("NB014", Q4, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        open(mai, Q4).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Quý IV/2026")));
        assertThat(fixture.count("NB014", Q4)).isZero();
    }

    /**
     * Seed 002 §4: the self-assessment is due "trước ngày 30" of the quarter's last month: 29/9/2026 is the last day.
     * Issue 12 "Late work has a path": on the 30th it is still taken, marked late (nộp muộn), not refused for good.
     */
    @Test
    void submittingAfterTheDeadlineIsTakenAndMarkedLate() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        clock.setDate(SelfAssessmentFixture.day(2026, 9, 30));

        submit(mai, id, version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedLate").value(true))
                .andExpect(jsonPath("$.deadline").value("2026-09-29"));
    }

    @Test
    void submittingOnTheLastDayIsInTime() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        clock.setDate(SelfAssessmentFixture.day(2026, 9, 29));

        submit(mai, id, version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedLate").value(false));
    }

    /** Seed 002 Phụ lục 2: factors are 0,75, 1 or 1,2; 0,9 is not one of them. */
    @Test
    void aFactorOutsideTheSchemesValuesIsRefusedNamingTheField() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String before = fixture.stored(id);

        save(mai, id, version(saved), exampleContent(saved, "GOOD").replaceFirst("\"quality\":0.75", "\"quality\":0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].quality"))
                .andExpect(jsonPath("$.errors[0].message").value("Hệ số chất lượng của nhiệm vụ thứ 1 phải là một "
                        + "trong các giá trị 0,75; 1; 1,2 theo phương án đánh giá (đang là 0,9)."));

        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    @Test
    void aNegativeDoneQuantityIsRefused() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String before = fixture.stored(id);

        save(mai, id, version(saved), exampleContent(saved, "GOOD").replaceFirst("\"doneQuantity\":1", "\"doneQuantity\":-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].doneQuantity"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Số lượng hoàn thành của nhiệm vụ thứ 1 không được là số âm (đang là -1)."));

        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    /** A plan's task stays as approved; a change goes through an amendment of the plan. */
    @Test
    void aPlannedQuantityOfThePlanCannotBeChanged() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String before = fixture.stored(id);

        save(mai, id, version(saved), exampleContent(saved, "GOOD").replaceFirst("\\{\"id\":(\\d+),",
                "{\"id\":$1,\"plannedQuantity\":1,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].plannedQuantity"));

        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    @Test
    void afterSubmissionTheCadreCannotSaveUntilTheHeadReturnsIt() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String submitted = body(submit(mai, id, version(saved)).andExpect(status().isOk()));
        String before = fixture.stored(id);

        save(mai, id, version(submitted), exampleContent(submitted, "EXCELLENT")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("đã nộp")));
        assertThat(fixture.stored(id)).isEqualTo(before);

        returnIt(phong, id, version(submitted), "")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(fixture.stored(id)).isEqualTo(before);

        String returned = body(returnIt(phong, id, version(submitted),
                "Bổ sung minh chứng cho tờ trình về Nghị quyết 21-NQ/TW").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnedBy").value("truongphong")));
        String mine = body(get(mai, id).andExpect(jsonPath("$.canEdit").value(true))
                .andExpect(jsonPath("$.returnNote").value("Bổ sung minh chứng cho tờ trình về Nghị quyết 21-NQ/TW")));
        assertThat(version(mine)).isEqualTo(version(returned));
        save(mai, id, version(mine), exampleContent(mine, "EXCELLENT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedLevel").value("EXCELLENT"));
    }

    @Test
    void ofTwoSessionsSavingTheSameVersionTheSecondIsRefusedAndTheFirstKept() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String first = body(get(mai, id));
        String second = body(get(mai, id));

        save(mai, id, version(first), exampleContent(first, "COMPLETED")).andExpect(status().isOk());
        String afterFirst = fixture.stored(id);
        save(mai, id, version(second), exampleContent(second, "EXCELLENT").replace("\"doneQuantity\":1",
                "\"doneQuantity\":0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("người khác")));

        assertThat(fixture.stored(id)).isEqualTo(afterFirst);
        get(mai, id).andExpect(jsonPath("$.proposedLevel").value("COMPLETED"))
                .andExpect(jsonPath("$.tasks[4].doneQuantity").value(1));
    }

    /**
     * Who may do what with Lương Thị Mai's submitted self-assessment: she reads, saves and submits her own but cannot
     * return it; the head of her department reads and returns it but cannot change it; the personnel office reads
     * it; the council member, the inspection committee, the administrator and a cadre of Phòng Tổng hợp do not see
     * it at all (404, as for an id nobody has), and nothing changes after any refusal.
     */
    @Test
    void everyEndpointRefusesPeopleOutsideTheirScope() throws Exception {
        String saved = openedAndFilled();
        long id = id(saved);
        String submitted = body(submit(mai, id, version(saved)).andExpect(status().isOk()));
        long v = version(submitted);
        String before = fixture.stored(id);

        returnIt(mai, id, v, "Tự trả lại").andExpect(status().isForbidden());
        save(phong, id, v, exampleContent(submitted, "EXCELLENT")).andExpect(status().isForbidden());
        submit(phong, id, v).andExpect(status().isForbidden());
        get(phong, id).andExpect(status().isOk()).andExpect(jsonPath("$.canReturn").value(true))
                .andExpect(jsonPath("$.canEdit").value(false));
        Actor tochuc = actors.account("tochuc");
        get(tochuc, id).andExpect(status().isOk()).andExpect(jsonPath("$.canReturn").value(false));
        find(tochuc, "NB014", Q3).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        save(tochuc, id, v, exampleContent(submitted, "EXCELLENT")).andExpect(status().isForbidden());
        assertThat(fixture.stored(id)).isEqualTo(before);

        List<Actor> outsiders = List.of(actors.account("hoidong"), actors.account("kiemtra"),
                actors.account("admin"), actors.cadre("NB011"));
        for (Actor outsider : outsiders) {
            for (long target : List.of(id, 999_999L)) {
                get(outsider, target).andExpect(status().isNotFound());
                save(outsider, target, v, exampleContent(submitted, "EXCELLENT")).andExpect(status().isNotFound());
                submit(outsider, target, v).andExpect(status().isNotFound());
                returnIt(outsider, target, v, "Trả lại").andExpect(status().isNotFound());
            }
            find(outsider, "NB014", Q3).andExpect(status().isNotFound());
            assertThat(fixture.stored(id)).as(outsider.username()).isEqualTo(before);
        }
        for (Actor insider : List.of(mai, phong, tochuc)) {
            get(insider, 999_999L).andExpect(status().isNotFound());
        }
        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    /** NB014's Q3 self-assessment opened from the worked-example plan, with the example's figures saved. */
    private String openedAndFilled() throws Exception {
        fixture.approvedPlan("NB014", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        String opened = body(open(mai, Q3).andExpect(status().isCreated()));
        return body(save(mai, id(opened), version(opened), exampleContent(opened, "GOOD")).andExpect(status().isOk()));
    }

    /** The worked example's done quantities and factors for the tasks of the view, and the proposed level. */
    static String exampleContent(String view, String level) {
        List<Object> ids = JsonPath.read(view, "$.tasks[*].id");
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String factor = SelfAssessmentFixture.EXAMPLE_FACTORS.get(i);
            tasks.add("{\"id\":%s,\"doneQuantity\":%s,\"quality\":%s,\"timeliness\":%s,\"leadership\":%s}"
                    .formatted(ids.get(i), SelfAssessmentFixture.EXAMPLE_DONE.get(i), factor, factor, factor));
        }
        String criteria = ((Map<String, Object>) JsonPath.read(view, "$.criteria")).keySet().stream()
                .map(code -> "\"" + code + "\":true").collect(Collectors.joining(","));
        return "\"criteria\":{" + criteria + "},\"tasks\":[" + String.join(",", tasks) + "],\"proposedLevel\":\""
                + level + "\"";
    }

    private ResultActions open(Actor actor, Quarter quarter) throws Exception {
        return mvc.perform(post(API).with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":%d,\"quarter\":%d}".formatted(quarter.year(), quarter.number())));
    }

    private ResultActions get(Actor actor, long id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API + "/" + id)
                .with(TestActors.as(actor)));
    }

    private ResultActions find(Actor actor, String cadreCode, Quarter quarter) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(API)
                .param("cadreId", String.valueOf(fixture.cadre(cadreCode).value()))
                .param("year", String.valueOf(quarter.year())).param("quarter", String.valueOf(quarter.number()))
                .with(TestActors.as(actor)));
    }

    private ResultActions save(Actor actor, long id, long version, String content) throws Exception {
        return put(actor, id, "{\"version\":" + version + "," + content + "}");
    }

    private ResultActions put(Actor actor, long id, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(API + "/" + id)
                .with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions submit(Actor actor, long id, long version) throws Exception {
        return mvc.perform(post(API + "/" + id + "/submit").with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"));
    }

    private ResultActions returnIt(Actor actor, long id, long version, String note) throws Exception {
        return mvc.perform(post(API + "/" + id + "/return").with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"note\":\"" + note + "\"}"));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static long id(String view) {
        return ((Number) JsonPath.read(view, "$.id")).longValue();
    }

    static long version(String view) {
        return ((Number) JsonPath.read(view, "$.version")).longValue();
    }
}
