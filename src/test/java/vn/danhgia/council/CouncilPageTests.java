package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The minutes (seed 000 §III.5 (2): "Biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng") of the Nhà khách tỉnh
 * council's vote for quarter III/2026, see {@link CouncilFixture}.
 */
@DemoDataTest
class CouncilPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilService councils;

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
    void minutesNameTheMembersAndCountTheVotes() throws Exception {
        Actor hung = actors.account("tochuc");
        CouncilView council = TestActors.runAs(hung, () -> councils.configure(fixture.unitId(), 2026, 3,
                fixture.fiveMembers()));
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        long opened = TestActors.runAs(hung, () -> councils.session(session)).version();
        TestActors.runAs(hung, () -> councils.recordAttendance(session, opened,
                fixture.cadres("NB036", "NB038", "NB039", "NB006")));
        for (String voter : new String[] {"NB036", "NB038", "NB039", "NB006"}) {
            Actor member = actors.cadre(voter, Role.COUNCIL_MEMBER);
            TestActors.runAs(member, () -> councils.vote(session, fixture.cadre("NB037"), RatingLevel.GOOD));
        }
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        TestActors.runAs(hung, () -> councils.close(session, version));

        mvc.perform(get("/review/councils/sessions/{id}/minutes", session).with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng")))
                .andExpect(content().string(containsString("Tống Văn Thịnh")))
                .andExpect(content().string(containsString("Phùng Văn Tiến")))
                .andExpect(content().string(containsString("Chu Thị Hạnh")))
                .andExpect(content().string(containsString("Có mặt 4/5 thành viên")))
                .andExpect(content().string(matchesRegex("(?s).*data-member=\"NB037\".*— vắng mặt.*")))
                .andExpect(content().string(containsString("16/09/2026")))
                .andExpect(content().string(containsString("<td class=\"votes\">4</td>")))
                .andExpect(content().string(containsString("Đạt quá bán: 4/5 thành viên hội đồng (cần 3)")))
                // Seed 000 §III.4: the quorum the vote needed, and the minutes signed by the secretary and the chair.
                .andExpect(content().string(containsString("Cần ít nhất 4/5 thành viên có mặt")))
                .andExpect(content().string(matchesRegex("(?s).*id=\"signatures\".*Thư ký.*Lê Văn Hùng.*Chủ trì"
                        + ".*Tống Văn Thịnh.*")));
        mvc.perform(get("/review/councils").with(TestActors.as(hung)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhà khách tỉnh")));
        mvc.perform(get("/review/councils/{id}", council.id()).with(TestActors.as(hung)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Thư ký")));
    }

    @Test
    void anOutsiderGetsNotFound() throws Exception {
        Actor hung = actors.account("tochuc");
        CouncilView council = TestActors.runAs(hung, () -> councils.configure(fixture.unitId(), 2026, 3,
                fixture.fiveMembers()));
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        mvc.perform(get("/review/councils/sessions/{id}/minutes", session)
                        .with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberOpensVotesAndClosesThroughThePagesAndANonMemberIsForbidden() throws Exception {
        Actor hung = actors.account("tochuc");
        Actor thinh = actors.cadre("NB036", Role.UNIT_HEAD, Role.COUNCIL_MEMBER);
        CouncilView council = TestActors.runAs(hung, () -> councils.configure(fixture.unitId(), 2026, 3,
                fixture.fiveMembers()));
        mvc.perform(post("/review/councils/{id}/sessions", council.id()).with(TestActors.as(thinh)).with(csrf())
                        .param("version", String.valueOf(council.version())))
                .andExpect(status().is3xxRedirection());
        long session = TestActors.runAs(hung, () -> councils.get(council.id())).sessions().get(0).id();
        String minutes = "/review/councils/sessions/" + session + "/minutes";
        mvc.perform(get(minutes).with(TestActors.as(thinh)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ghi điểm danh")))
                .andExpect(content().string(not(containsString(">Bỏ phiếu</button>"))));
        long opened = TestActors.runAs(hung, () -> councils.session(session)).version();
        mvc.perform(post("/review/councils/sessions/{id}/attendance", session).with(TestActors.as(thinh))
                        .with(csrf()).param("version", String.valueOf(opened))
                        .param("present", String.valueOf(fixture.cadre("NB036"))))
                .andExpect(redirectedUrl(minutes));
        mvc.perform(get(minutes).with(TestActors.as(thinh)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">Bỏ phiếu</button>")));
        mvc.perform(post("/review/councils/sessions/{id}/votes", session).with(TestActors.as(thinh)).with(csrf())
                        .param("subject", String.valueOf(fixture.cadre("NB037"))).param("level", "GOOD"))
                .andExpect(redirectedUrl(minutes));
        mvc.perform(post("/review/councils/sessions/{id}/votes", session)
                        .with(TestActors.as(actors.account("thamquyen"))).with(csrf())
                        .param("subject", String.valueOf(fixture.cadre("NB037"))).param("level", "EXCELLENT"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ thành viên hội đồng được bỏ phiếu")));
        assertThat(fixture.votes()).isEqualTo(1);
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        // Issue 12: closing asks for confirmation first; without it nothing changes.
        String confirm = "/review/councils/sessions/" + session + "/close";
        mvc.perform(post(confirm).with(TestActors.as(hung)).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(confirm));
        assertThat(TestActors.runAs(hung, () -> councils.session(session)).status())
                .isEqualTo(VoteSessionStatus.OPEN);
        mvc.perform(get(confirm).with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thành viên nào được bỏ phiếu hoặc sửa phiếu nữa")))
                .andExpect(content().string(containsString("Hiện có 1/5 thành viên được điểm danh có mặt")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
        mvc.perform(post(confirm).with(TestActors.as(hung)).with(csrf())
                        .param("version", String.valueOf(version)).param("confirmed", "true"))
                .andExpect(redirectedUrl(minutes));
        mvc.perform(get(minutes).with(TestActors.as(hung)))
                .andExpect(content().string(containsString("Không đủ số thành viên dự họp: có mặt 1/5, cần ít nhất 4")));
    }
}
