package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 "Evidence and bulk work": on the decision board the authority (truongphong, Trưởng phòng Kinh tế, who
 * decides for his deputies, seed 000 §III.1.2) ticks several cadres and decides them at their suggested level in one
 * action; each goes through the single decision with its own checks, version and audit, quarter I/2071.
 */
@DemoDataTest
class DecisionBatchPageTests {

    static final Quarter QUARTER = new Quarter(2071, 1);

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

    DecisionFixture fixture;
    Actor phong;

    @BeforeEach
    void setUp() {
        fixture = new DecisionFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2071, 3, 18));
        phong = actors.account("truongphong");
        // Lương Thị Mai: one task beyond requirement, EXCELLENT suggested; Hà Quốc Bảo: none beyond, GOOD.
        fixture.appraised("NB014", QUARTER, 1);
        fixture.appraised("NB015", QUARTER, 0);
    }

    @AfterEach
    void clean() {
        fixture.clean(QUARTER.year());
    }

    @Test
    void theBoardOffersToDecideTheTickedCadresAtTheirSuggestedLevel() throws Exception {
        String page = mvc.perform(get("/review/decisions").param("year", "2071").param("quarter", "1")
                        .with(TestActors.as(phong)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"decide-selected\"", "form=\"decide-selected\"",
                "value=\"" + fixture.cadre("NB014").value() + ":\"",
                "Quyết định các cán bộ đã chọn theo mức gợi ý");
    }

    @Test
    void eachTickedCadreIsDecidedOnItsOwnAndAStaleOneIsRefusedWithoutChange() throws Exception {
        // Hà Quốc Bảo is decided in another window after the board was shown: the batch names no version for him.
        decidedMeanwhile("NB015");
        String bao = fixture.stored("NB015", QUARTER);
        int decidedBefore = decidedEntries();

        String result = mvc.perform(post("/review/decisions/decide-selected").with(TestActors.as(phong)).with(csrf())
                        .param("year", "2071").param("quarter", "1")
                        .param("cadre", fixture.cadre("NB014").value() + ":")
                        .param("cadre", fixture.cadre("NB015").value() + ":")
                        .param("cadre", "999999999:"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(result).contains("Kết quả quyết định nhiều cán bộ theo mức gợi ý", "Đã thực hiện 1/3",
                "Lương Thị Mai (NB014)", "Hà Quốc Bảo (NB015)", "Không tìm thấy hồ sơ");
        assertThat(result.split("batch-refused", -1)).hasSize(3);
        assertThat(decisions.liveRating(fixture.cadre("NB014"), QUARTER).map(RatingView::decidedLevel)
                .orElseThrow()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(fixture.stored("NB015", QUARTER)).isEqualTo(bao);
        assertThat(decidedEntries()).as("one audit entry per decided cadre").isEqualTo(decidedBefore + 1);
    }

    @Test
    void nothingTickedDecidesNothing() throws Exception {
        String result = mvc.perform(post("/review/decisions/decide-selected").with(TestActors.as(phong)).with(csrf())
                        .param("year", "2071").param("quarter", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(result).contains("Chưa chọn mục nào.");
        assertThat(fixture.stored("NB014", QUARTER)).isEqualTo("[]");
    }

    private int decidedEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'RATING_DECIDED'", Integer.class);
    }

    private void decidedMeanwhile(String code) {
        TestActors.runAs(phong, () -> decisions.decide(fixture.cadre(code), QUARTER, null, "GOOD", null, null));
    }
}
