package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Malformed requests on the draft plan of NB028 Lê Hoàng Phúc (Phó Trưởng ban Tiếp công dân) for quarter
 * III/2026: each answers 400 naming the field, never a server error, and the stored plan stays as it was.
 */
@DemoDataTest
class PlanMalformedInputTests {

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

    Actor owner;
    WorkPlanView plan;

    @BeforeEach
    void draftPlanOfNb028() {
        clock.setDate(LocalDate.of(2026, 6, 20));
        long cadre = organization.cadreByCode("NB028").orElseThrow().id().value();
        for (String table : new String[] {"work_plan_task", "work_plan_axis", "work_plan_amendment"}) {
            jdbc.sql("delete from " + table + " where plan_id in (select id from work_plan where cadre_id = ?)")
                    .param(cadre).update();
        }
        jdbc.sql("delete from work_plan where cadre_id = ?").param(cadre).update();
        owner = actors.cadre("NB028");
        plan = runAs(owner, () -> planning.open(new Quarter(2026, 3)));
    }

    @Test
    void aNullTaskInTheDraftIsNamedNotAServerError() throws Exception {
        mvc.perform(put("/api/v1/plans/{id}", plan.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "axisMaxPoints": {"1": 30, "2": 15, "3": 10, "4": 5, "5": 5, "6": 5},
                                 "tasks": [null]}""".formatted(plan.version()))
                        .with(as(owner)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0]"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
        assertUnchanged();
    }

    @Test
    void aNullAxisWeightIsNamedNotAServerError() throws Exception {
        mvc.perform(put("/api/v1/plans/{id}", plan.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "axisMaxPoints": {"1": null, "2": 15, "3": 10, "4": 5, "5": 5, "6": 5},
                                 "tasks": []}""".formatted(plan.version()))
                        .with(as(owner)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("axisMaxPoints[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
        assertUnchanged();
    }

    @Test
    void aNullTaskInAnAmendmentIsNamedNotAServerError() throws Exception {
        mvc.perform(post("/api/v1/plans/{id}/amendments", plan.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "reason": "Giao thêm nhiệm vụ", "tasks": [null]}"""
                                .formatted(plan.version()))
                        .with(as(owner)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0]"));
        assertUnchanged();
    }

    @Test
    void aForgedRowIndexOnThePlanPageIsABadRequest() throws Exception {
        mvc.perform(post("/plans/{id}", plan.id()).param("save", "").param("version", String.valueOf(plan.version()))
                        .param("tasks[300].title", "Sửa trái phép")
                        .with(as(owner)).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/plans/{id}/amendments", plan.id()).param("submit", "")
                        .param("version", String.valueOf(plan.version())).param("reason", "Giao thêm")
                        .param("tasks[300].title", "Sửa trái phép")
                        .with(as(owner)).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest());
        assertUnchanged();
    }

    private void assertUnchanged() {
        WorkPlanView stored = runAs(owner, () -> planning.get(plan.id()));
        assertThat(stored.version()).isEqualTo(plan.version());
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.axisMaxPoints()).isEqualTo(plan.axisMaxPoints());
        assertThat(stored.tasks()).isEqualTo(plan.tasks());
    }
}
