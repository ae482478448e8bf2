package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/** /api/v1/decisions: the board, a decision, and refusals as problem+json (seed 002 §4 Bước 4, §6). */
@DemoDataTest
class DecisionApiTests {

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
    void boardThenDecisionThenStaleVersion() throws Exception {
        long mai = fixture.cadre("NB014").value();
        mvc.perform(get("/api/v1/decisions").param("year", "2031").param("quarter", "3").with(TestActors.as(phong)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].places").value(1))
                .andExpect(jsonPath("$.groups[0].qualified").value(2));
        mvc.perform(post("/api/v1/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3,\"level\":\"EXCELLENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decidedLevel").value("EXCELLENT"));
        mvc.perform(post("/api/v1/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3,\"level\":\"GOOD\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void twoSessionsProposingFromTheSameVersionTheSecondIsRefused() throws Exception {
        long mai = fixture.cadre("NB014").value();
        String first = mvc.perform(post("/api/v1/decisions/propose").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3,\"level\":\"GOOD\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long read = Long.parseLong(first.replaceAll(".*\"version\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/decisions/propose").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3,\"expectedVersion\":" + read
                                + ",\"level\":\"EXCELLENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headProposedLevel").value("EXCELLENT"));
        for (String stale : new String[] {",\"expectedVersion\":" + read, ""}) {
            mvc.perform(post("/api/v1/decisions/propose").with(csrf()).with(TestActors.as(phong))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3" + stale
                                    + ",\"level\":\"NOT_COMPLETED\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(decisions.liveRating(fixture.cadre("NB014"), DecisionFixture.Q3).orElseThrow()
                .headProposedLevel()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void quotaFullAndBadLevelAreProblems() throws Exception {
        long mai = fixture.cadre("NB014").value();
        mvc.perform(post("/api/v1/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + mai + ",\"year\":2031,\"quarter\":3,\"level\":\"HANG_A\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mức xếp loại không hợp lệ")));
        mvc.perform(post("/api/v1/decisions/decide").with(csrf()).with(TestActors.as(phong))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + fixture.cadre("NB015").value()
                                + ",\"year\":2031,\"quarter\":3,\"level\":\"EXCELLENT\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Hoàn thành tốt nhiệm vụ")));
    }
}
