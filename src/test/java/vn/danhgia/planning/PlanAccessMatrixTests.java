package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Who may read and change a submitted plan of NB025 Lý Thị Kim Oanh (Phó Trưởng phòng Kiểm soát thủ tục hành chính),
 * over the JSON API and the pages. Outside one's scope a plan answers 404 like an id that does not exist; inside the
 * scope but without the right to act, 403. Every refusal leaves the stored plan as it was.
 */
@DemoDataTest
class PlanAccessMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanningService planning;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcClient jdbc;

    WorkPlanView plan;

    @BeforeEach
    void submittedPlanOfNb025() {
        clock.setDate(LocalDate.of(2026, 6, 20));
        long cadre = organization.cadreByCode("NB025").orElseThrow().id().value();
        jdbc.sql("delete from work_plan_task where plan_id in (select id from work_plan where cadre_id = ?)")
                .param(cadre).update();
        jdbc.sql("delete from work_plan_axis where plan_id in (select id from work_plan where cadre_id = ?)")
                .param(cadre).update();
        jdbc.sql("delete from work_plan where cadre_id = ?").param(cadre).update();
        Actor owner = actors.cadre("NB025");
        WorkPlanView opened = runAs(owner, () -> planning.open(new Quarter(2026, 3)));
        WorkPlanView saved = runAs(owner, () -> planning.saveDraft(opened.id(), opened.version(), new PlanDraft(
                Map.of(1, new BigDecimal("70"), 2, BigDecimal.ZERO, 3, BigDecimal.ZERO,
                        4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO),
                List.of(new PlanTaskInput(1, null, "Rà soát thủ tục hành chính cấp tỉnh", "Báo cáo",
                        BigDecimal.ONE, new BigDecimal("2"), null)))));
        plan = runAs(owner, () -> planning.submit(saved.id(), saved.version()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "hoidong", "kiemtra", "admin"})
    void outsideTheScopeEveryPlanEndpointAnswersNotFound(String username) throws Exception {
        Actor outsider = actors.account(username);
        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/v1/plans/{id}", plan.id()),
                put("/api/v1/plans/{id}", plan.id()).content(draftJson()),
                post("/api/v1/plans/{id}/submit", plan.id()).content(versionJson()),
                post("/api/v1/plans/{id}/approve", plan.id()).content(versionJson()),
                post("/api/v1/plans/{id}/return", plan.id()).content("{\"version\": %d, \"note\": \"x\"}"
                        .formatted(plan.version())),
                post("/api/v1/plans/{id}/amendments", plan.id()).content(versionJson()))) {
            mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(as(outsider)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/plans/{id}", plan.id()).with(as(outsider))).andExpect(status().isNotFound());
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "tochuc", "thamquyen", "admin"})
    void aGuessedIdAnswersLikeAPlanOutsideTheScope(String username) throws Exception {
        mvc.perform(get("/api/v1/plans/{id}", 999_999).with(as(actors.account(username))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(
                        "Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc phạm vi quản lý của tài khoản."));
    }

    @Test
    void aPlanIdThatIsNotANumberIsRefusedInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}", "abc").with(as(actors.account("canbo"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Giá trị \"abc\" của tham số id")));
    }

    @Test
    void thePersonnelOfficeReadsButNeitherEditsNorApproves() throws Exception {
        Actor personnel = actors.account("tochuc");
        mvc.perform(get("/api/v1/plans/{id}", plan.id()).with(as(personnel)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cadreName").value("Lý Thị Kim Oanh"));
        mvc.perform(post("/api/v1/plans/{id}/approve", plan.id()).content(versionJson())
                        .contentType(MediaType.APPLICATION_JSON).with(as(personnel)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/plans/{id}", plan.id()).content(draftJson())
                        .contentType(MediaType.APPLICATION_JSON).with(as(personnel)))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    @Test
    void theOwnerMayNotApproveButTheUnitHeadAndTheOfficeHeadMay() throws Exception {
        mvc.perform(post("/api/v1/plans/{id}/approve", plan.id()).content(versionJson())
                        .contentType(MediaType.APPLICATION_JSON).with(as(actors.cadre("NB025"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không ai tự phê duyệt")));
        assertUnchanged();

        mvc.perform(post("/api/v1/plans/{id}/approve", plan.id()).content(versionJson())
                        .contentType(MediaType.APPLICATION_JSON).with(as(actors.account("thamquyen"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theUnitHeadApprovesOnThePage() throws Exception {
        Actor head = actors.cadre("NB023", Role.UNIT_HEAD);
        mvc.perform(post("/plans/{id}/approve", plan.id()).param("version", String.valueOf(plan.version()))
                        .with(as(head)).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(runAs(head, () -> planning.get(plan.id())).status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aStaleVersionIsRefusedWithConflict() throws Exception {
        mvc.perform(post("/api/v1/plans/{id}/approve", plan.id()).content("{\"version\": %d}"
                        .formatted(plan.version() - 1))
                        .contentType(MediaType.APPLICATION_JSON).with(as(actors.account("thamquyen"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Hồ sơ vừa được người khác")));
        assertUnchanged();
    }

    private void assertUnchanged() {
        WorkPlanView stored = runAs(actors.cadre("NB025"), () -> planning.get(plan.id()));
        assertThat(stored.version()).isEqualTo(plan.version());
        assertThat(stored.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(stored.tasks()).isEqualTo(plan.tasks());
    }

    private String versionJson() {
        return "{\"version\": %d}".formatted(plan.version());
    }

    private String draftJson() {
        return """
                {"version": %d, "axisMaxPoints": {"1": 30, "2": 15, "3": 10, "4": 5, "5": 5, "6": 5},
                 "tasks": [{"axis": 1, "title": "Sửa trái phép", "coefficient": 5, "plannedQuantity": 9}]}"""
                .formatted(plan.version());
    }
}
