package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/** The Mẫu 01 pages of NB027 Trần Thị Bích Ngọc (Phó Trưởng ban Tiếp công dân), quarter III/2026. */
@DemoDataTest
class PlanPagesTests {

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

    Actor cadre;

    @BeforeEach
    void noPlanYet() {
        clock.setDate(LocalDate.of(2026, 6, 20));
        cadre = actors.cadre("NB027");
        long id = organization.cadreByCode("NB027").orElseThrow().id().value();
        jdbc.sql("delete from work_plan_task where plan_id in (select id from work_plan where cadre_id = ?)")
                .param(id).update();
        jdbc.sql("delete from work_plan_axis where plan_id in (select id from work_plan where cadre_id = ?)")
                .param(id).update();
        jdbc.sql("delete from work_plan where cadre_id = ?").param(id).update();
        new CatalogueRows(jdbc).approvedAndDraft(organization.unitByCode("VPUB-NB.BTCD").orElseThrow().id().value());
    }

    @Test
    void theCadreOpensAPlanAndSeesTheCatalogueToPickFrom() throws Exception {
        mvc.perform(post("/plans").param("period", "2026-3").with(as(cadre)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        WorkPlanView plan = runAs(cadre, () -> planning.mine(new Quarter(2026, 3))).orElseThrow();

        mvc.perform(get("/plans/{id}", plan.id()).with(as(cadre)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kế hoạch công tác của cá nhân quý III/2026")))
                .andExpect(content().string(Matchers.containsString("Hạn gửi kế hoạch: 25/06/2026")))
                .andExpect(content().string(Matchers.containsString("Tờ trình về sinh hoạt đảng trực tuyến (1,5)")))
                // Mẫu 01 part I: the scheme's general criteria, e.g. 1.9 on declaring assets.
                .andExpect(content().string(Matchers.containsString("Thực hiện việc kê khai và công khai tài sản")));
    }

    @Test
    void aNegativeQuantityIsShownBesideTheFormAndNothingIsStored() throws Exception {
        WorkPlanView plan = runAs(cadre, () -> planning.open(new Quarter(2026, 3)));

        mvc.perform(post("/plans/{id}", plan.id()).with(as(cadre)).with(csrf()).param("save", "1")
                        .param("version", String.valueOf(plan.version()))
                        .param("axisMax[1]", "30").param("axisMax[2]", "15").param("axisMax[3]", "10")
                        .param("axisMax[4]", "5").param("axisMax[5]", "5").param("axisMax[6]", "5")
                        .param("tasks[0].axis", "1").param("tasks[0].title", "Báo cáo tiếp công dân")
                        .param("tasks[0].coefficient", "1").param("tasks[0].plannedQuantity", "-2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Số lượng phải lớn hơn 0")))
                .andExpect(content().string(Matchers.containsString("Báo cáo tiếp công dân")));

        WorkPlanView stored = runAs(cadre, () -> planning.get(plan.id()));
        assertThat(stored.tasks()).isEmpty();
        assertThat(stored.version()).isEqualTo(plan.version());
    }
}
