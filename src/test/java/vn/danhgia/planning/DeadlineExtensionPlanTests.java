package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.danhgia.support.TestActors.runAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.reporting.progress.ProgressRow;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 "Late work has a path" for the plan (seed 002 §4 Bước 1: "chậm nhất đến ngày 25 tháng cuối của quý
 * trước"): the head of Phòng Kinh tế (truongphong, NB013) extends Lương Thị Mai's (canbo, NB014) plan deadline for
 * quarter I/2051 from 25/12/2050; she submits within it, in time. The head of another department may not. The page
 * shows the form to the head and the extension to her.
 */
@DemoDataTest
class DeadlineExtensionPlanTests {

    static final Quarter Q1_2051 = new Quarter(2051, 1);

    @Autowired
    PlanningService planning;

    @Autowired
    DeadlineExtensions extensions;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgressBoardService boards;

    Actor mai;
    Actor phong;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(2050, 12, 20));
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
    }

    @AfterEach
    void clean() {
        jdbc.sql("delete from deadline_extension where period_year = 2051").update();
        String plans = "select id from work_plan where plan_year = 2051";
        for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
            jdbc.sql("delete from " + table + " where plan_id in (" + plans + ")").update();
        }
        jdbc.sql("delete from work_plan where plan_year = 2051").update();
    }

    @Test
    void withTheHeadsExtensionThePlanIsInTimeAfterTheTwentyFifth() {
        WorkPlanView saved = savedPlan();
        clock.setDate(LocalDate.of(2050, 12, 27));

        DeadlineExtensionView granted = runAs(phong, () -> extensions.grant(cadre("NB014"), DeadlineStep.PLAN,
                Q1_2051, LocalDate.of(2050, 12, 31), "Được cử đi tập huấn từ 20/12 đến 26/12/2050.", null));
        WorkPlanView submitted = runAs(mai, () -> planning.submit(saved.id(), saved.version()));

        assertThat(granted.schemeLastDay()).isEqualTo(LocalDate.of(2050, 12, 25));
        assertThat(submitted.submittedLate()).isFalse();
        assertThat(submitted.planDeadline()).isEqualTo(LocalDate.of(2050, 12, 31));
        assertThat(submitted.extension().reason()).isEqualTo("Được cử đi tập huấn từ 20/12 đến 26/12/2050.");
    }

    @Test
    void withoutAnExtensionThePlanIsTakenAndMarkedLate() {
        WorkPlanView saved = savedPlan();
        clock.setDate(LocalDate.of(2050, 12, 27));

        WorkPlanView submitted = runAs(mai, () -> planning.submit(saved.id(), saved.version()));

        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.submittedLate()).isTrue();
        assertThat(submitted.planDeadline()).isEqualTo(LocalDate.of(2050, 12, 25));
    }

    /** The progress board (and so the reports' "late") measures each cadre against their own extension. */
    @Test
    void theProgressBoardCountsLateAgainstTheExtension() {
        WorkPlanView saved = savedPlan();
        clock.setDate(LocalDate.of(2050, 12, 27));
        runAs(phong, () -> extensions.grant(cadre("NB014"), DeadlineStep.PLAN, Q1_2051, LocalDate.of(2050, 12, 31),
                "Được cử đi tập huấn.", null));

        assertThat(boardRow("NB014").planLate()).as("extended to 31/12, nothing submitted yet").isFalse();
        assertThat(boardRow("NB015").planLate()).as("no plan after 25/12 and no extension").isTrue();

        clock.setDate(LocalDate.of(2051, 1, 2));
        runAs(mai, () -> planning.submit(saved.id(), saved.version()));

        assertThat(boardRow("NB014").planLate()).as("submitted after the extended day").isTrue();
    }

    @Test
    void theHeadOfAnotherDepartmentMayNotExtend() {
        Actor otherHead = actors.cadre("NB020", vn.danhgia.platform.Role.UNIT_HEAD);

        assertThatThrownBy(() -> runAs(otherHead, () -> extensions.grant(cadre("NB014"), DeadlineStep.PLAN,
                Q1_2051, LocalDate.of(2050, 12, 31), "Lý do", null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(jdbc.sql("select count(*) from deadline_extension where period_year = 2051").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theHeadGrantsFromThePlanPageAndTheCadreSeesIt() throws Exception {
        WorkPlanView saved = savedPlan();
        clock.setDate(LocalDate.of(2050, 12, 27));
        String page = "/plans/" + saved.id();
        mvc.perform(get(page).with(TestActors.as(phong)))
                .andExpect(content().string(Matchers.containsString("id=\"extension-form\"")));
        mvc.perform(get(page).with(TestActors.as(mai)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"extension-form\""))));

        mvc.perform(post("/deadline-extensions").with(TestActors.as(phong)).with(csrf())
                        .param("cadreId", String.valueOf(cadre("NB014").value())).param("step", "PLAN")
                        .param("period", Q1_2051.key()).param("back", page).param("lastDay", "2050-12-20")
                        .param("reason", ""))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("extensionErrors", Map.of(
                        "lastDay", "Ngày gia hạn phải sau hạn của phương án (25/12/2050) và không trước hôm nay "
                                + "(27/12/2050).",
                        "reason", "Hãy ghi lý do gia hạn.")));
        mvc.perform(post("/deadline-extensions").with(TestActors.as(phong)).with(csrf())
                        .param("cadreId", String.valueOf(cadre("NB014").value())).param("step", "PLAN")
                        .param("period", Q1_2051.key()).param("back", page).param("lastDay", "2050-12-31")
                        .param("reason", "Được cử đi tập huấn."))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flashSuccess", "planning.extension.flash.granted"));

        mvc.perform(get(page).with(TestActors.as(mai)))
                .andExpect(content().string(Matchers.containsString("Được gia hạn đến hết ngày 31/12/2050")))
                .andExpect(content().string(Matchers.containsString("Được cử đi tập huấn.")));
    }

    @Test
    void aForgedReturnAddressGoesToThePlans() throws Exception {
        mvc.perform(post("/deadline-extensions").with(TestActors.as(phong)).with(csrf())
                        .param("cadreId", String.valueOf(cadre("NB014").value())).param("step", "PLAN")
                        .param("period", Q1_2051.key()).param("back", "https://example.org/x")
                        .param("lastDay", "").param("reason", ""))
                .andExpect(redirectedUrl("/plans"));
    }

    private WorkPlanView savedPlan() {
        WorkPlanView opened = runAs(mai, () -> planning.open(Q1_2051));
        Map<Integer, BigDecimal> weights = Map.of(1, new BigDecimal("70"), 2, BigDecimal.ZERO, 3, BigDecimal.ZERO,
                4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO);
        return runAs(mai, () -> planning.saveDraft(opened.id(), opened.version(), new PlanDraft(weights, List.of(
                new PlanTaskInput(1, null, "Báo cáo tình hình kinh tế - xã hội quý I/2051", "Báo cáo",
                        BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2051, 3, 20))))));
    }

    private ProgressRow boardRow(String code) {
        return runAs(phong, () -> boards.board(new ProgressFilter(Q1_2051, null, null, "", 1))).rows().stream()
                .filter(row -> row.cadreCode().equals(code)).findFirst().orElseThrow();
    }

    private CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
