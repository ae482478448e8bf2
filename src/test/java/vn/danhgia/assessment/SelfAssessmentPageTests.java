package vn.danhgia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The "Tự đánh giá" pages: Lương Thị Mai (NB012 here, a deputy of Phòng Tổng hợp, so these tests never meet the API
 * tests' records) opens quarter III/2026 from her approved plan, fills in seed 002's worked example and submits; the
 * sheet then shows without inputs.
 */
@DemoDataTest
class SelfAssessmentPageTests {

    static final Quarter Q3 = new Quarter(2026, 3);
    static final Quarter Q2 = new Quarter(2026, 2);
    static final String PAGES = "/assessment/self-assessments";

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

    SelfAssessmentFixture fixture;
    Actor cadre;

    @BeforeEach
    void setUp() {
        fixture = new SelfAssessmentFixture(jdbc, organization, access);
        clean();
        clock.setDate(SelfAssessmentFixture.day(2026, 9, 15));
        cadre = actors.cadre("NB012");
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB012", "NB011"), List.of(Q2, Q3));
    }

    @Test
    void theCadreOpensFillsInAndSubmitsTheSheet() throws Exception {
        fixture.approvedPlan("NB012", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        assertThat(html(mvc.perform(get(PAGES).with(TestActors.as(cadre))).andExpect(status().isOk())))
                .contains("Quý III/2026", "Lập bản tự đánh giá");

        long id = open(Q3);
        String page = html(mvc.perform(get(PAGES + "/" + id).with(TestActors.as(cadre))).andExpect(status().isOk()));
        assertThat(page).contains("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng",
                "name=\"tasks[0].doneQuantity\"", "Hạn nộp: hết ngày 29/09/2026", "data-confirm=");

        String preview = html(mvc.perform(sheet(post(PAGES + "/" + id + "/preview"), id, "0.75", "GOOD"))
                .andExpect(status().isOk()));
        assertThat(preview).contains(">91,93<", "id=\"suggested-level\"");

        mvc.perform(sheet(post(PAGES + "/" + id), id, "0.75", "GOOD"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGES + "/" + id));
        mvc.perform(sheet(post(PAGES + "/" + id + "/submit"), id, "0.75", "GOOD"))
                .andExpect(status().is3xxRedirection());

        String submitted = html(mvc.perform(get(PAGES + "/" + id).with(TestActors.as(cadre))));
        assertThat(submitted).contains("Đã nộp", "Tổng điểm khi nộp: 91,93", "id=\"read-only\"")
                .doesNotContain("name=\"tasks[0].doneQuantity\"", "id=\"return-form\"");
    }

    @Test
    void aRefusedFactorIsShownOnTheSheetAndNothingIsStored() throws Exception {
        fixture.approvedPlan("NB012", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        long id = open(Q3);
        String before = fixture.stored(id);

        String page = html(mvc.perform(sheet(post(PAGES + "/" + id), id, "0.9", "GOOD"))
                .andExpect(status().isBadRequest()));

        assertThat(page).contains("Hệ số chất lượng của nhiệm vụ thứ 1 phải là một trong các giá trị 0,75; 1; 1,2");
        assertThat(fixture.stored(id)).isEqualTo(before);
    }

    @Test
    void aStaleVersionKeepsTheTypedValuesOnThePageButStoresNothing() throws Exception {
        fixture.approvedPlan("NB012", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        long id = open(Q3);
        long read = version(id);
        mvc.perform(sheet(post(PAGES + "/" + id), id, "0.75", "GOOD")).andExpect(status().is3xxRedirection());
        String afterFirst = fixture.stored(id);

        String page = html(mvc.perform(sheet(post(PAGES + "/" + id), id, "1.2", "EXCELLENT", read)
                        .param("tasks[1].evidence", "Công văn 215/VP-TH ngày 30/7/2026"))
                .andExpect(status().isConflict()));

        assertThat(page).contains("Hồ sơ vừa được người khác", "Công văn 215/VP-TH ngày 30/7/2026");
        assertThat(fixture.stored(id)).isEqualTo(afterFirst);
    }

    /** The head of Phòng Tổng hợp (NB010 from 26/8/2026) returns it; people outside the unit get "not found". */
    @Test
    void pagesRefuseEveryoneOutsideTheirScope() throws Exception {
        fixture.approvedPlan("NB012", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        long id = open(Q3);
        mvc.perform(sheet(post(PAGES + "/" + id + "/submit"), id, "0.75", "GOOD"))
                .andExpect(status().is3xxRedirection());
        long v = version(id);
        String before = fixture.stored(id);
        Actor head = actors.cadre("NB010", vn.danhgia.platform.Role.UNIT_HEAD);

        assertThat(html(mvc.perform(get(PAGES + "/" + id).with(TestActors.as(head))).andExpect(status().isOk())))
                .contains("id=\"return-form\"", "id=\"read-only\"");
        mvc.perform(post(PAGES + "/" + id + "/return").with(TestActors.as(cadre)).with(csrf())
                .param("version", String.valueOf(v)).param("note", "Tự trả lại")).andExpect(status().isForbidden());
        mvc.perform(sheet(post(PAGES + "/" + id), id, "0.75", "GOOD").with(TestActors.as(head)))
                .andExpect(status().isForbidden());
        assertThat(fixture.stored(id)).isEqualTo(before);

        for (Actor outsider : List.of(actors.account("hoidong"), actors.account("kiemtra"), actors.account("admin"),
                actors.account("canbo"), actors.cadre("NB011"))) {
            for (long target : List.of(id, 999_999L)) {
                mvc.perform(get(PAGES + "/" + target).with(TestActors.as(outsider))).andExpect(status().isNotFound());
                mvc.perform(sheet(post(PAGES + "/" + target), id, "0.75", "GOOD").with(TestActors.as(outsider)))
                        .andExpect(status().isNotFound());
                mvc.perform(post(PAGES + "/" + target + "/return").with(TestActors.as(outsider)).with(csrf())
                        .param("version", String.valueOf(v)).param("note", "Trả lại"))
                        .andExpect(status().isNotFound());
            }
        }
        assertThat(fixture.stored(id)).isEqualTo(before);

        mvc.perform(post(PAGES + "/" + id + "/return").with(TestActors.as(head)).with(csrf())
                        .param("version", String.valueOf(v)).param("note", "Bổ sung minh chứng"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get(PAGES + "/" + id).with(TestActors.as(cadre)))))
                .contains("Bổ sung minh chứng", "name=\"tasks[0].doneQuantity\"");
    }

    /** Seed 002 §4 Bước 2, quý II/2026: rows are added per axis on the page. */
    @Test
    void inTheDirectListingQuarterRowsAreAddedOnThePage() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2026, 6, 20));
        long id = open(Q2);
        String page = html(mvc.perform(get(PAGES + "/" + id).with(TestActors.as(cadre))).andExpect(status().isOk()));
        assertThat(page).contains("liệt kê trực tiếp", "Thêm nhiệm vụ").doesNotContain("name=\"tasks[0].title\"");

        String workspace = html(mvc.perform(post(PAGES + "/" + id + "/tasks").param("axis", "2")
                .param("version", String.valueOf(version(id))).with(TestActors.as(cadre)).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(workspace).contains("name=\"tasks[0].title\"", "name=\"tasks[0].axis\" value=\"2\"");
    }

    @Test
    void quarterIIIWithoutAPlanIsRefusedOnTheListPage() throws Exception {
        String page = html(mvc.perform(post(PAGES).param("year", "2026").param("quarter", "3")
                .with(TestActors.as(cadre)).with(csrf())).andExpect(status().isOk()));
        assertThat(page).contains("id=\"refusal\"", "Chưa có kế hoạch công tác quý III/2026 được phê duyệt");
        assertThat(fixture.count("NB012", Q3)).isZero();
    }

    private long open(Quarter quarter) throws Exception {
        String location = mvc.perform(post(PAGES).param("year", String.valueOf(quarter.year()))
                        .param("quarter", String.valueOf(quarter.number())).with(TestActors.as(cadre)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String apiView(long id) throws Exception {
        return html(mvc.perform(get("/api/v1/self-assessments/" + id).with(TestActors.as(cadre))
                .accept(MediaType.APPLICATION_JSON)));
    }

    private long version(long id) throws Exception {
        return ((Number) JsonPath.read(apiView(id), "$.version")).longValue();
    }

    /** The sheet as the page posts it: the example's done quantities and factors, the first task's quality given. */
    private MockHttpServletRequestBuilder sheet(MockHttpServletRequestBuilder request, long id, String firstQuality,
                                               String level) throws Exception {
        return sheet(request, id, firstQuality, level, version(id));
    }

    private MockHttpServletRequestBuilder sheet(MockHttpServletRequestBuilder request, long id, String firstQuality,
                                               String level, long version) throws Exception {
        String view = apiView(id);
        request.with(TestActors.as(cadre)).with(csrf()).param("version", String.valueOf(version))
                .param("proposedLevel", level);
        List<String> codes = List.copyOf(((java.util.Map<String, Object>) JsonPath.read(view, "$.criteria")).keySet());
        for (int i = 0; i < codes.size(); i++) {
            request.param("criteria[" + i + "].code", codes.get(i)).param("criteria[" + i + "].met", "true");
        }
        List<Object> ids = JsonPath.read(view, "$.tasks[*].id");
        for (int i = 0; i < ids.size(); i++) {
            String factor = i == 0 ? firstQuality : SelfAssessmentFixture.EXAMPLE_FACTORS.get(i);
            String other = SelfAssessmentFixture.EXAMPLE_FACTORS.get(i);
            request.param("tasks[" + i + "].id", String.valueOf(ids.get(i)))
                    .param("tasks[" + i + "].axis", "4")
                    .param("tasks[" + i + "].doneQuantity", SelfAssessmentFixture.EXAMPLE_DONE.get(i))
                    .param("tasks[" + i + "].quality", factor)
                    .param("tasks[" + i + "].timeliness", other)
                    .param("tasks[" + i + "].leadership", other);
        }
        return request;
    }

    private static String html(ResultActions result) throws Exception {
        // Thymeleaf writes letters such as "á" in attribute values as entities; compare the text people see.
        return org.springframework.web.util.HtmlUtils.htmlUnescape(
                result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
