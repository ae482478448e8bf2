package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
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
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The council's vote over JSON (seed 000 §III.4: "bỏ phiếu biểu quyết xếp loại cho các cá nhân (Mẫu 02)"): Nhà khách
 * tỉnh, quarter III/2026, see {@link CouncilFixture}.
 */
@DemoDataTest
class CouncilApiTests {

    static final String API = "/api/v1/councils";

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
    void configureOpenVoteAndCloseGiveTheTallyWithItsReason() throws Exception {
        Actor hung = actors.account("tochuc");
        StringBuilder members = new StringBuilder();
        for (CouncilMemberInput member : fixture.fiveMembers()) {
            members.append(members.isEmpty() ? "" : ",").append("{\"cadreId\":").append(member.cadreId())
                    .append(",\"role\":\"").append(member.role()).append("\"}");
        }
        String council = body(mvc.perform(post(API).with(TestActors.as(hung)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + fixture.unitId() + ",\"year\":2026,\"quarter\":3,\"members\":["
                                + members + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quorum").value(4))
                .andExpect(jsonPath("$.members.length()").value(5)));
        String session = body(mvc.perform(post(API + "/" + id(council) + "/sessions").with(TestActors.as(hung))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version(council) + "}"))
                .andExpect(status().isCreated()));
        long sessionId = id(session);
        // Issue 12: the attendance is recorded, and only those present vote; Chu Thị Hạnh is absent.
        vote(actors.cadre("NB036", Role.COUNCIL_MEMBER), sessionId, "NB037", "GOOD").andExpect(status().isConflict());
        mvc.perform(put(API + "/sessions/" + sessionId + "/attendance").with(TestActors.as(hung))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(session) + ",\"presentCadreIds\":["
                                + String.join(",", java.util.stream.Stream.of("NB036", "NB038", "NB039", "NB006")
                                .map(code -> String.valueOf(fixture.cadre(code))).toList()) + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.presentCadreIds.length()").value(4))
                .andExpect(jsonPath("$.absentCadreIds[0]").value(fixture.cadre("NB037")));
        for (String voter : new String[] {"NB036", "NB038", "NB039", "NB006"}) {
            vote(actors.cadre(voter, Role.COUNCIL_MEMBER), sessionId, "NB037", "GOOD").andExpect(status().isOk());
        }
        Actor thang = actors.account("thamquyen");
        vote(thang, sessionId, "NB037", "NOT_COMPLETED").andExpect(status().isForbidden());
        vote(actors.account("truongphong"), sessionId, "NB037", "NOT_COMPLETED").andExpect(status().isNotFound());
        vote(actors.cadre("NB037", Role.COUNCIL_MEMBER), sessionId, "NB038", "BEST").andExpect(status().isBadRequest());
        assertThat(fixture.votes()).isEqualTo(4);

        String running = body(mvc.perform(get(API + "/sessions/" + sessionId).with(TestActors.as(hung))));
        mvc.perform(post(API + "/sessions/" + sessionId + "/close").with(TestActors.as(hung))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version(running) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmed"));
        mvc.perform(post(API + "/sessions/" + sessionId + "/close").with(TestActors.as(hung))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(running) + ",\"confirmed\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.presentCadreIds.length()").value(4))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB037')].level").value("GOOD"))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB037')].reason").value("REACHED"))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB038')].reason").value("NO_MAJORITY"));
        vote(actors.cadre("NB036", Role.COUNCIL_MEMBER), sessionId, "NB038", "GOOD").andExpect(status().isConflict());
        assertThat(fixture.votes()).isEqualTo(4);
    }

    private ResultActions vote(Actor voter, long sessionId, String subject, String level) throws Exception {
        return mvc.perform(put(API + "/sessions/" + sessionId + "/votes").with(TestActors.as(voter))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectCadreId\":" + fixture.cadre(subject) + ",\"level\":\"" + level + "\"}"));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long id(String view) {
        return ((Number) JsonPath.read(view, "$.id")).longValue();
    }

    private static long version(String view) {
        return ((Number) JsonPath.read(view, "$.version")).longValue();
    }
}
