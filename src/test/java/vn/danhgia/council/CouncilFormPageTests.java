package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The "Lập hội đồng" form on /review/councils: the council of Nhà khách tỉnh (VPUB-NB.NK) for quarter III/2026 (seed
 * 000 §III.4: "tổ chức đánh giá, bỏ phiếu biểu quyết xếp loại", Mẫu 02), set up by Lê Văn Hùng (tochuc), the personnel
 * officer whose office serves the unit, with the rules of the API: one chair, each cadre once, quorum ⌈2/3⌉; see
 * {@link CouncilAccessTests} for who else may set it up and who may sit on it.
 */
@DemoDataTest
class CouncilFormPageTests {

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

    CouncilFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CouncilFixture(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(2026, 9, 16));
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    void personnelOfficerSetsUpTheCouncilOnThePageAndSeesIt() throws Exception {
        Actor hung = actors.account("tochuc");
        mvc.perform(get("/review/councils").with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lập hội đồng")));
        mvc.perform(get("/review/councils/new").with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Nhà khách tỉnh</option>")))
                .andExpect(content().string(containsString("Tống Văn Thịnh (NB036)")))
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"unitId\"")));

        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "CHAIR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/review/councils/*"))
                .andExpect(flash().attribute("flashSuccess", "review.council.flash.configured"));

        List<Integer> quorum = jdbc.queryForList("select quorum_members from council where unit_id = ?"
                + " and period_year = 2026 and period_quarter = 3", Integer.class, fixture.unitId());
        assertThat(quorum).as("⌈2/3 × 3⌉").containsExactly(2);
        assertThat(jdbc.queryForList("select m.role from council_member m join council c on c.id = m.council_id"
                + " where c.unit_id = ? order by m.role", String.class, fixture.unitId()))
                .containsExactly("CHAIR", "MEMBER", "SECRETARY");
    }

    @Test
    void wrongInputComesBackWithVietnameseMessagesAndNothingIsSaved() throws Exception {
        Actor hung = actors.account("tochuc");

        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "CHAIR")
                        .param("year", "hai nghìn"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Năm không hợp lệ")));
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hội đồng phải có đúng một người chủ trì")));
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "CHAIR")
                        .param("members[4].cadreId", String.valueOf(fixture.cadre("NB037")))
                        .param("members[4].role", "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Một cán bộ chỉ được ghi một lần trong hội đồng")));
        mvc.perform(post("/review/councils").with(csrf()).with(TestActors.as(hung)).param("unitId", "")
                        .param("year", "2026").param("quarter", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chọn đơn vị, năm và quý")))
                .andExpect(content().string(containsString("id=\"members4.cadreId\"")));

        assertThat(councils()).isZero();
    }

    @Test
    void aSecondCouncilForTheQuarterIsRefusedOnTheForm() throws Exception {
        Actor hung = actors.account("tochuc");
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "CHAIR"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(hung)), "CHAIR"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Đơn vị đã có hội đồng đánh giá cho quý này")));
        assertThat(councils()).isEqualTo(1);
    }

    @Test
    void addingRowsKeepsWhatWasChosenAndSavesNothing() throws Exception {
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(actors.account("tochuc"))),
                        "CHAIR").param("moreRows", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thành viên 5")))
                .andExpect(content().string(containsString("id=\"members3.cadreId\"")));
        assertThat(councils()).isZero();
    }

    @Test
    void onlyTheOfficerServingTheUnitOrTheAuthorityDecidingForItsCadresSetsItUp() throws Exception {
        // Nhà khách tỉnh's head as such sees his unit but does not set its council up: refused, 403.
        Actor thinh = actors.cadre("NB036", Role.UNIT_HEAD);
        mvc.perform(get("/review/councils/new").with(TestActors.as(thinh))).andExpect(status().isForbidden());
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(thinh)), "CHAIR"))
                .andExpect(status().isForbidden());
        // The head of Phòng Kinh tế does not see the unit at all: "not found".
        mvc.perform(threeMembers(post("/review/councils").with(csrf())
                        .with(TestActors.as(actors.account("truongphong"))), "CHAIR"))
                .andExpect(status().isNotFound());
        // A cadre without a unit to manage gets no form and no link.
        Actor mai = actors.account("canbo");
        mvc.perform(get("/review/councils/new").with(TestActors.as(mai))).andExpect(status().isForbidden());
        mvc.perform(get("/review/councils").with(TestActors.as(mai)))
                .andExpect(content().string(not(containsString("id=\"new-council\""))));
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(mai)), "CHAIR"))
                .andExpect(status().isNotFound());
        // Without the CSRF token nothing is posted.
        mvc.perform(threeMembers(post("/review/councils").with(TestActors.as(actors.account("tochuc"))), "CHAIR"))
                .andExpect(status().isForbidden());
        assertThat(councils()).isZero();

        // The office's leadership and Đảng ủy decide for the head of Nhà khách tỉnh (seed 000 §III.1.1): the Chánh
        // Văn phòng, holding the authority role, sets its council up.
        Actor thang = actors.account("thamquyen");
        mvc.perform(get("/review/councils/new").with(TestActors.as(thang)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Nhà khách tỉnh</option>")));
        mvc.perform(threeMembers(post("/review/councils").with(csrf()).with(TestActors.as(thang)), "CHAIR"))
                .andExpect(status().is3xxRedirection());
        assertThat(councils()).isEqualTo(1);
    }

    /** Tống Văn Thịnh in the given role, Chu Thị Hạnh as member, Lê Văn Hùng as secretary, and an empty row. */
    private MockHttpServletRequestBuilder threeMembers(MockHttpServletRequestBuilder request, String firstRole) {
        return request.param("unitId", String.valueOf(fixture.unitId())).param("year", "2026").param("quarter", "3")
                .param("members[0].cadreId", String.valueOf(fixture.cadre("NB036")))
                .param("members[0].role", firstRole)
                .param("members[1].cadreId", String.valueOf(fixture.cadre("NB037")))
                .param("members[1].role", "MEMBER")
                .param("members[2].cadreId", String.valueOf(fixture.cadre("NB006")))
                .param("members[2].role", "SECRETARY")
                .param("members[3].cadreId", "")
                .param("members[3].role", "MEMBER");
    }

    private int councils() {
        return jdbc.queryForObject("select count(*) from council where unit_id = ?", Integer.class, fixture.unitId());
    }
}
