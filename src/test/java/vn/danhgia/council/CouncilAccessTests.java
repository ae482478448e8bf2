package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Who sets up a council and who sits on it, quarter III/2026 (seed 002 §4 Bước 3: the personnel office "trình Hội
 * đồng đánh giá, xếp loại của cơ quan, đơn vị"; seed 000 §III.4: "Đảng ủy, lãnh đạo Văn phòng UBND tỉnh tổ chức đánh
 * giá, bỏ phiếu biểu quyết"): the personnel office serving the unit and the authority deciding for its cadres set it
 * up, a unit head as such does not; its members are the unit's people, its authorities' and its personnel office's.
 */
@DemoDataTest
class CouncilAccessTests {

    static final String API = "/api/v1/councils";
    static final String OUTSIDE = "Thành viên hội đồng phải là cán bộ của đơn vị hoặc đơn vị trực thuộc, của cấp có"
            + " thẩm quyền đánh giá cán bộ của đơn vị hoặc của cơ quan tham mưu về tổ chức cán bộ phụ trách đơn vị";

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
        fixture.clean(kinhTe());
    }

    long kinhTe() {
        return organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
    }

    @Test
    void aUnitHeadWithoutTheAuthorityRoleMayNotSetUpACouncil() throws Exception {
        // Trịnh Đình Phong heads Phòng Kinh tế and its Chi bộ; as unit head only, he sees the unit but does not set up
        // its council (the demo account truongphong also holds the authority role, see below).
        Actor phong = actors.cadre("NB013", Role.UNIT_HEAD);
        configure(phong, kinhTe(), member("NB013", "CHAIR"), member("NB014", "MEMBER"), member("NB015", "MEMBER"))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/review/councils").with(csrf()).with(TestActors.as(phong)), kinhTe(), "NB013",
                        "NB014", "NB015"))
                .andExpect(status().isForbidden());
        // Tống Văn Thịnh heads Nhà khách tỉnh: the same.
        configure(actors.cadre("NB036", Role.UNIT_HEAD), fixture.unitId(), member("NB036", "CHAIR"),
                member("NB037", "MEMBER")).andExpect(status().isForbidden());

        assertThat(councils(kinhTe()) + councils(fixture.unitId())).isZero();
    }

    @Test
    void aMemberOutsideTheUnitsScopeIsRefusedWithoutNamingAnyone() throws Exception {
        // Chu Thị Hạnh is Phó Giám đốc of Nhà khách tỉnh: neither of Phòng Kinh tế nor of its authorities or office.
        String body = configure(actors.account("truongphong"), kinhTe(), member("NB013", "CHAIR"),
                member("NB014", "MEMBER"), member("NB037", "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members"))
                .andExpect(jsonPath("$.errors[0].message").value(OUTSIDE))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Chu Thị Hạnh", "NB037", "Lương Thị Mai");
        // A made-up id is answered alike, so the answer tells nothing about who exists.
        configure(actors.account("truongphong"), kinhTe(), member("NB013", "CHAIR"), "{\"cadreId\":999999,"
                + "\"role\":\"MEMBER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(OUTSIDE));

        // The page refuses the same and does not offer her.
        String page = mvc.perform(form(post("/review/councils").with(csrf())
                        .with(TestActors.as(actors.account("truongphong"))), kinhTe(), "NB013", "NB014", "NB037"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(OUTSIDE).doesNotContain("Chu Thị Hạnh");
        assertThat(councils(kinhTe())).isZero();
    }

    @Test
    void theDecidingAuthorityAndTheServingOfficeSetUpCouncilsWithTheUnitsPeople() throws Exception {
        // truongphong decides for his deputies (seed 000 §III.1.2): Phòng Kinh tế's council, with Phạm Thị Thu Hà of
        // the Đảng ủy (the authority for its head, §III.1.1) and Lê Văn Hùng of Phòng Hành chính – Tổ chức (the
        // personnel office serving the unit) as secretary.
        configure(actors.account("truongphong"), kinhTe(), member("NB013", "CHAIR"), member("NB014", "MEMBER"),
                member("NB015", "MEMBER"), member("NB002", "MEMBER"), member("NB006", "SECRETARY"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members.length()").value(5));
        // thamquyen, of the Đảng ủy and the office's leadership, decides for the head of Nhà khách tỉnh.
        configure(actors.account("thamquyen"), fixture.unitId(), member("NB036", "CHAIR"), member("NB037", "MEMBER"),
                member("NB006", "SECRETARY"))
                .andExpect(status().isCreated());
        // The personnel officer serving the unit, as before.
        fixture.clean();
        configure(actors.account("tochuc"), fixture.unitId(), member("NB036", "CHAIR"), member("NB038", "MEMBER"))
                .andExpect(status().isCreated());
        // The page offers the unit's people and not those of other units.
        String form = mvc.perform(get("/review/councils/new").with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Lương Thị Mai (NB014)", "Lê Văn Hùng (NB006)").doesNotContain("Chu Thị Hạnh");
    }

    @Test
    void aMemberVotesOnlyOnTheCadresOfTheCouncilsUnit() throws Exception {
        String council = configure(actors.account("truongphong"), kinhTe(), member("NB013", "CHAIR"),
                member("NB014", "MEMBER"), member("NB015", "MEMBER"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String session = mvc.perform(post(API + "/" + JsonPath.read(council, "$.id") + "/sessions")
                        .with(TestActors.as(actors.account("truongphong"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + JsonPath.read(council, "$.version") + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Actor mai = actors.cadre("NB014", Role.COUNCIL_MEMBER);
        String votes = API + "/sessions/" + JsonPath.read(session, "$.id") + "/votes";
        mvc.perform(put(API + "/sessions/" + JsonPath.read(session, "$.id") + "/attendance")
                        .with(TestActors.as(actors.account("truongphong"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + JsonPath.read(session, "$.version") + ",\"presentCadreIds\":["
                                + fixture.cadre("NB013") + "," + fixture.cadre("NB014") + "]}"))
                .andExpect(status().isOk());

        // Chu Thị Hạnh belongs to Nhà khách tỉnh: not a cadre this council votes on.
        mvc.perform(put(votes).with(TestActors.as(mai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectCadreId\":" + fixture.cadre("NB037") + ",\"level\":\"GOOD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        mvc.perform(put(votes).with(TestActors.as(mai)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectCadreId\":" + fixture.cadre("NB015") + ",\"level\":\"GOOD\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from vote v join vote_session s on s.id = v.session_id"
                + " join council c on c.id = s.council_id where c.unit_id = ?", Integer.class, kinhTe())).isEqualTo(1);
    }

    private String member(String code, String role) {
        return "{\"cadreId\":" + fixture.cadre(code) + ",\"role\":\"" + role + "\"}";
    }

    private ResultActions configure(Actor actor, long unit, String... members) throws Exception {
        return mvc.perform(post(API).with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "vi")
                .content("{\"unitId\":" + unit + ",\"year\":2026,\"quarter\":3,\"members\":["
                        + String.join(",", members) + "]}"));
    }

    /** The "Lập hội đồng" form: the first cadre chairs, the others are members. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long unit, String chair,
                                               String... members) {
        request.param("unitId", String.valueOf(unit)).param("year", "2026").param("quarter", "3")
                .param("members[0].cadreId", String.valueOf(fixture.cadre(chair))).param("members[0].role", "CHAIR");
        for (int i = 0; i < members.length; i++) {
            request.param("members[" + (i + 1) + "].cadreId", String.valueOf(fixture.cadre(members[i])))
                    .param("members[" + (i + 1) + "].role", "MEMBER");
        }
        return request;
    }

    private int councils(long unit) {
        return jdbc.queryForObject("select count(*) from council where unit_id = ?", Integer.class, unit);
    }
}
