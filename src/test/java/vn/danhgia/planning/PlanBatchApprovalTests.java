package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 "Evidence and bulk work": Trịnh Đình Phong (truongphong, Trưởng phòng Kinh tế) ticks the submitted plans
 * (Mẫu 01, seed 002 §4 Bước 1) of his deputies for quarter II/2072 and approves them in one action; each plan goes
 * through the single approval with its own checks, version and audit.
 */
@DemoDataTest
class PlanBatchApprovalTests {

    static final int YEAR = 2072;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    JdbcClient jdbc;

    Actor phong;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 4, 20));
        phong = actors.account("truongphong");
    }

    @AfterEach
    void clean() {
        jdbc.sql("delete from work_plan_axis where plan_id in (select id from work_plan where plan_year = ?)")
                .param(YEAR).update();
        jdbc.sql("delete from work_plan where plan_year = ?").param(YEAR).update();
    }

    @Test
    void theListOffersATickBoxForEachSubmittedPlan() throws Exception {
        long mai = submittedPlan("NB014");
        String page = mvc.perform(get("/plans").with(TestActors.as(phong)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"approve-selected\"", "value=\"" + mai + ":1\"",
                "Phê duyệt các kế hoạch đã chọn");
    }

    @Test
    void eachTickedPlanIsApprovedOnItsOwnAndAStaleOneIsRefusedWithoutChange() throws Exception {
        long mai = submittedPlan("NB014");
        long bao = submittedPlan("NB015");
        long outsider = submittedPlan("NB037");
        int approvedBefore = approvedEntries();

        // Hà Quốc Bảo's plan changed after the list was shown (version 1 → 2): the list's version 1 is stale.
        jdbc.sql("update work_plan set version = 2 where id = ?").param(bao).update();
        String result = mvc.perform(post("/plans/approve").with(TestActors.as(phong)).with(csrf())
                        .param("plan", mai + ":1").param("plan", bao + ":1").param("plan", outsider + ":1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(result).contains("Kết quả phê duyệt nhiều kế hoạch", "Đã thực hiện 1/3",
                "Lương Thị Mai", "Hà Quốc Bảo", "Hồ sơ vừa được người khác", "Không tìm thấy hồ sơ");
        assertThat(planStatus(mai)).isEqualTo("APPROVED");
        assertThat(planStatus(bao)).isEqualTo("SUBMITTED");
        assertThat(planStatus(outsider)).as("a plan outside his scope, answered like one that does not exist")
                .isEqualTo("SUBMITTED");
        assertThat(approvedEntries()).as("one audit entry per approved plan").isEqualTo(approvedBefore + 1);
    }

    private long submittedPlan(String code) {
        var cadre = organization.cadreByCode(code).orElseThrow();
        long unit = access.postsOf(cadre.id(), LocalDate.of(YEAR, 4, 1)).get(0).unit().value();
        Timestamp at = Timestamp.from(Instant.parse(YEAR + "-04-05T02:00:00Z"));
        jdbc.sql("""
                insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,
                    submitted_at, version) values (?, ?, ?, 2, 'AG-02-HD-TU-2026', 'SUBMITTED', ?, ?, 1)""")
                .params(cadre.id().value(), unit, YEAR, at, at).update();
        return jdbc.sql("select id from work_plan where cadre_id = ? and plan_year = ?")
                .params(cadre.id().value(), YEAR).query(Long.class).single();
    }

    private String planStatus(long plan) {
        return jdbc.sql("select status from work_plan where id = ?").param(plan).query(String.class).single();
    }

    private int approvedEntries() {
        return jdbc.sql("select count(*) from audit_entry where action = 'PLAN_APPROVED'").query(Integer.class)
                .single();
    }
}
