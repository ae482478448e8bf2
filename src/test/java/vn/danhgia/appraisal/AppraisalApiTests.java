package vn.danhgia.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The appraisal (seed 002 §4 Bước 3) over /api/v1/appraisals: Lê Văn Hùng (tochuc) appraises the quarter III/2026
 * self-assessment of Nguyễn Hoàng Yến (NB034, Phó Giám đốc Trung tâm Phục vụ hành chính công).
 */
@DemoDataTest
class AppraisalApiTests {

    static final String API = "/api/v1/appraisals";

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
    SelfAssessmentService selfAssessments;

    AppraisalFixture fixture;
    Actor hung;
    Actor yen;
    SelfAssessmentView submitted;

    @BeforeEach
    void setUp() {
        fixture = new AppraisalFixture(jdbc, organization, access, selfAssessments);
        clean();
        clock.setDate(java.time.LocalDate.of(2026, 9, 15));
        hung = actors.account("tochuc");
        yen = actors.cadre("NB034");
        submitted = fixture.workedExample(yen, "NB034", true);
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB033", "NB034"));
    }

    @Test
    void anAdjustedFigureIsKeptBesideTheCadresAndTheProposalIsCompletedWithItsJustification() throws Exception {
        String opened = body(open(hung, submitted.id()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.tasks.length()").value(5))
                .andExpect(jsonPath("$.cadre.total").value(91.93))
                .andExpect(jsonPath("$.appraised.total").value(91.93))
                .andExpect(jsonPath("$.appraised.suggestion.reasons[0].message").isNotEmpty()));
        long id = id(opened);
        long task = ((Number) JsonPath.read(opened, "$.tasks[3].taskId")).longValue();

        String saved = body(put(hung, id, """
                {"version":%d,"tasks":[{"taskId":%d,"timeliness":0.75,"adjustmentReason":"Trình chậm 10 ngày",
                "responseLevel":"BASICALLY_MEETS"}],"proposedLevel":"EXCELLENT"}""".formatted(version(opened), task))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[3].cadre.timeliness").value(1))
                .andExpect(jsonPath("$.tasks[3].appraised.timeliness").value(0.75))
                .andExpect(jsonPath("$.tasks[3].adjustmentReason").value("Trình chậm 10 ngày"))
                .andExpect(jsonPath("$.tasks[3].responseLevel").value("BASICALLY_MEETS"))
                .andExpect(jsonPath("$.cadre.total").value(91.93))
                .andExpect(jsonPath("$.proposalAboveSuggestion").value(true)));
        assertThat(((Number) JsonPath.read(saved, "$.appraised.total")).doubleValue()).isLessThan(91.93);

        complete(hung, id, version(saved)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "phải ghi rõ lý do bằng văn bản")));

        String justified = body(put(hung, id, """
                {"version":%d,"proposedLevel":"EXCELLENT","justification":"Hoàn thành vượt tiến độ Đề án số hóa"}"""
                .formatted(version(saved))).andExpect(status().isOk()));
        complete(hung, id, version(justified)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.appraisedTotal").isNumber())
                .andExpect(jsonPath("$.tasks[3].cadre.timeliness").value(1));
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedNamingTheField() throws Exception {
        String opened = body(open(hung, submitted.id()));
        long id = id(opened);
        long task = ((Number) JsonPath.read(opened, "$.tasks[0].taskId")).longValue();
        String before = fixture.stored(id);

        put(hung, id, """
                {"version":%d,"tasks":[{"taskId":%d,"doneQuantity":0}]}""".formatted(version(opened), task))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].adjustmentReason"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Dòng 1: điều chỉnh số liệu của cán bộ phải ghi lý do."));

        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    @Test
    void aStaleVersionAnswers409() throws Exception {
        String opened = body(open(hung, submitted.id()));
        long id = id(opened);
        put(hung, id, "{\"version\":%d,\"proposedLevel\":\"GOOD\"}".formatted(version(opened)))
                .andExpect(status().isOk());
        String before = fixture.stored(id);

        put(hung, id, "{\"version\":%d,\"proposedLevel\":\"COMPLETED\"}".formatted(version(opened)))
                .andExpect(status().isConflict());

        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    @Test
    void theCadreIsRefusedAndOthersOutsideTheOfficeFindNothing() throws Exception {
        open(yen, submitted.id()).andExpect(status().isForbidden());
        long id = id(body(open(hung, submitted.id())));
        String before = fixture.stored(id);
        for (String username : List.of("truongphong", "canbo", "hoidong")) {
            Actor other = actors.account(username);
            open(other, submitted.id()).andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get(API + "/" + id).with(TestActors.as(other)))
                    .andExpect(status().isNotFound());
            complete(other, id, 0).andExpect(status().isNotFound());
        }
        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    private ResultActions open(Actor actor, long selfAssessmentId) throws Exception {
        return mvc.perform(post(API).with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"selfAssessmentId\":" + selfAssessmentId + "}"));
    }

    private ResultActions put(Actor actor, long id, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(API + "/" + id).with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions complete(Actor actor, long id, long version) throws Exception {
        return mvc.perform(post(API + "/" + id + "/complete").with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long id(String view) {
        return ((Number) JsonPath.read(view, "$.id")).longValue();
    }

    private static long version(String view) {
        return ((Number) JsonPath.read(view, "$.version")).longValue();
    }
}
