package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The "Quyết định xếp loại" page (seed 002 §4 Bước 4): the demo account truongphong (Trưởng phòng Kinh tế, now also
 * the authority for his deputies, seed 000 §III.1.2) sees his deputies in one peer group with its places, proposes
 * and decides; refusals come back on the page in Vietnamese.
 */
@DemoDataTest
class DecisionPageTests {

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
    DecisionService decisions;

    @Autowired
    ApplicationContext context;

    DecisionFixture fixture;
    Actor phong;

    @BeforeEach
    void setUp() {
        fixture = new DecisionFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2031, 3, 18));
        phong = actors.account("truongphong");
        fixture.appraised("NB014", DecisionFixture.Q3, 1);
        fixture.appraised("NB015", DecisionFixture.Q3, 0);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: the board shows the peer group's quota line, the suggestion and the forms")
    void boardShowsThePeerGroupWithItsPlaces() throws Exception {
        String page = mvc.perform(get("/review/decisions").param("year", "2031").param("quarter", "3")
                        .with(TestActors.as(phong)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 suất / 2 người đủ điều kiện", "Lương Thị Mai", "Hà Quốc Bảo",
                "Hoàn thành xuất sắc nhiệm vụ", "Trong số suất", "id=\"nav-decisions\"", "decide-form",
                "propose-form", "collective-form");
    }

    /**
     * Issue 12 §1: "0 suất / 0 người đủ điều kiện (đã quyết định 2 suất)" was shown without a word. Seed 000 §III.3.1
     * and seed 002 §6.1 allow no more EXCELLENT than the places, so decisions beyond them are flagged.
     */
    @Test
    void moreExcellentDecidedThanTheGroupsPlacesIsFlagged() throws Exception {
        var ratings = new RatingFixture(context);
        ratings.decided("NB014", DecisionFixture.Q3, RatingLevel.EXCELLENT);
        ratings.decided("NB015", DecisionFixture.Q3, RatingLevel.EXCELLENT);

        String page = mvc.perform(get("/review/decisions").param("year", "2031").param("quarter", "3")
                        .with(TestActors.as(phong)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("(đã quyết định 2 suất)", "quota-exceeded",
                "Đã quyết định 2 suất “Hoàn thành xuất sắc nhiệm vụ”, vượt số suất của nhóm (1 suất trên 2 người");
    }

    @Test
    void theBoardWithinItsPlacesHasNoSuchFlag() throws Exception {
        String page = mvc.perform(get("/review/decisions").param("year", "2031").param("quarter", "3")
                        .with(TestActors.as(phong)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("quota-exceeded");
    }

    @Test
    void theQuarterSelectorWorksWithoutScriptAndNamesQuartersAsTheDocumentsDo() throws Exception {
        String page = mvc.perform(get("/review/decisions").param("period", "2031-3").with(TestActors.as(phong)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.replaceAll("\\s+", " ")).contains("Hà Quốc Bảo",
                        "<option value=\"2031-3\" selected=\"selected\">Quý III/2031</option>")
                .doesNotContain("onchange");
        mvc.perform(get("/review/decisions").param("period", "không phải quý").with(TestActors.as(phong)))
                .andExpect(status().isOk());
    }

    @Test
    void theNavigationLinksTheBoardForAuthoritiesOnly() throws Exception {
        mvc.perform(get("/").with(TestActors.as(phong)))
                .andExpect(content().string(containsString("/review/decisions")));
        mvc.perform(get("/").with(TestActors.as(actors.account("canbo"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"nav-decisions\""))));
    }

    @Test
    @DisplayName("Seed 002 §6.2: propose, then decide lower — redirected with a flash, the discrepancy shown")
    void proposeThenDecideLower() throws Exception {
        String mai = String.valueOf(fixture.cadre("NB015").value());
        mvc.perform(post("/review/decisions/propose").with(csrf()).with(TestActors.as(phong))
                        .param("cadre", mai).param("year", "2031").param("quarter", "3")
                        .param("level", "EXCELLENT").param("comment", "Đề xuất"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/review/decisions?year=2031&quarter=3"))
                .andExpect(flash().attribute("flashSuccess", "review.decision.flash.proposed"));
        long version = decisions.liveRating(fixture.cadre("NB015"), DecisionFixture.Q3).orElseThrow().version();
        mvc.perform(post("/review/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .param("cadre", mai).param("year", "2031").param("quarter", "3")
                        .param("version", String.valueOf(version)).param("level", "GOOD").param("page", "2"))
                .andExpect(redirectedUrl("/review/decisions?year=2031&quarter=3&page=2"));
        String page = mvc.perform(get("/review/decisions").param("year", "2031").param("quarter", "3")
                        .with(TestActors.as(phong)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thấp hơn đề xuất của người đứng đầu");
    }

    @Test
    @DisplayName("A bad level answers 400 with a Vietnamese message; nothing is stored")
    void badLevelIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/review/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .param("cadre", String.valueOf(fixture.cadre("NB014").value())).param("year", "2031")
                        .param("quarter", "3").param("level", "XUAT_SAC"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mức xếp loại không hợp lệ")));
        assertThat(fixture.stored("NB014", DecisionFixture.Q3)).isEqualTo("[]");
    }

    @Test
    @DisplayName("Seed 002 §6.3: a collective at 699 of 1000 keeps the deputy from EXCELLENT; the page says why (409)")
    void collectiveRuleRefusalIsShown() throws Exception {
        mvc.perform(post("/review/decisions/collective").with(csrf()).with(TestActors.as(phong))
                        .param("unit", String.valueOf(fixture.unit("VPUB-NB.KT").value())).param("year", "2031")
                        .param("quarter", "3").param("assigned", "1000").param("done", "699").param("excused", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/review/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .param("cadre", String.valueOf(fixture.cadre("NB014").value())).param("year", "2031")
                        .param("quarter", "3").param("level", "EXCELLENT"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("dưới 70% (Hướng dẫn 02-HD/TU, mục 6.3)")));
        mvc.perform(post("/review/decisions/collective").with(csrf()).with(TestActors.as(phong))
                        .param("unit", String.valueOf(fixture.unit("VPUB-NB.KT").value())).param("year", "2031")
                        .param("quarter", "3").param("assigned", "mười").param("done", "699"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nhập số nguyên.")));
    }

    @Test
    void ownRatingIsRefusedAndAStrangerFindsNothing() throws Exception {
        mvc.perform(post("/review/decisions/decide").with(csrf()).with(TestActors.as(actors.account("canbo")))
                        .param("cadre", String.valueOf(fixture.cadre("NB014").value())).param("year", "2031")
                        .param("quarter", "3").param("level", "GOOD"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .param("cadre", "999999").param("year", "2031").param("quarter", "3").param("level", "GOOD"))
                .andExpect(status().isNotFound());
        assertThat(fixture.stored("NB014", DecisionFixture.Q3)).isEqualTo("[]");
    }
}
