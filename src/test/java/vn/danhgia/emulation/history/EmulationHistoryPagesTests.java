package vn.danhgia.emulation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The history pages and the emulation API for Phòng Kinh tế in 2135 (issue 14 §2): Lê Văn Hùng (tochuc) records and
 * uploads, Lương Thị Mai (canbo) reads her own; a refusal is a message on the page and problem+json on the API.
 */
@DemoDataTest
class EmulationHistoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor hung;
    RequestPostProcessor mai;
    long maiId;
    long kinhTe;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(2135, 12, 1));
        hung = TestActors.as(actors.account("tochuc"));
        mai = TestActors.as(actors.account("canbo"));
        maiId = organization.cadreByCode("NB014").orElseThrow().id().value();
        kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
    }

    @AfterEach
    void clean() {
        EmulationHistoryServiceTests.cleanYears(jdbc);
    }

    @Test
    void aPastTitleEnteredOnThePageShowsInTheHistoryAndMyHistoryLeadsThere() throws Exception {
        mvc.perform(post("/emulation/people/" + maiId + "/awards").with(hung).with(csrf())
                        .param("year", "2134").param("title", "ADVANCED_WORKER").param("decisionRef", "3/QĐ-VP"))
                .andExpect(redirectedUrl("/emulation/people/" + maiId))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.awardEntered"));
        mvc.perform(post("/emulation/people/" + maiId + "/awards").with(hung).with(csrf())
                        .param("year", "2134").param("title", "EXCELLENT_COLLECTIVE"))
                .andExpect(flash().attribute("refusalKey", "emulationhistory.award.collectiveTitleForPerson"));

        mvc.perform(get("/emulation/people/me").with(mai)).andExpect(redirectedUrl("/emulation/people/" + maiId));
        String page = mvc.perform(get("/emulation/people/" + maiId).with(mai).header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lương Thị Mai", "data-year=\"2134\"", "Lao động tiên tiến")
                .doesNotContain("id=\"enter-award\"");
        mvc.perform(get("/emulation/people/" + maiId).with(hung)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"enter-award\"")));
        mvc.perform(get("/emulation/people/" + maiId).with(TestActors.as(actors.account("hoidong"))))
                .andExpect(status().isNotFound());

        mvc.perform(post("/emulation/units/" + kinhTe + "/awards").with(hung).with(csrf())
                        .param("year", "2133").param("title", "ADVANCED_COLLECTIVE"))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.awardEntered"));
        mvc.perform(get("/emulation/units/" + kinhTe).with(hung).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tập thể lao động tiên tiến")))
                .andExpect(content().string(containsString("data-title=\"ADVANCED_COLLECTIVE\"")));
        mvc.perform(get("/emulation/units/" + kinhTe).with(mai)).andExpect(status().isNotFound());
    }

    @Test
    void anAchievementRecordedOnTheUnitsPageTakesEvidenceThatComesBackAsStored() throws Exception {
        mvc.perform(post("/emulation/achievements").with(hung).with(csrf()).param("unit", String.valueOf(kinhTe))
                        .param("holder", "cadre-" + maiId).param("kind", "INITIATIVE")
                        .param("name", "Phần mềm theo dõi giải ngân vốn đầu tư công").param("level", "GRASSROOTS")
                        .param("year", "2134").param("recognisedBy", "Hội đồng sáng kiến Văn phòng"))
                .andExpect(redirectedUrl("/emulation/achievements?unit=" + kinhTe + "&year=2134"))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.recorded"));
        long id = jdbc.queryForObject("select id from emulation_achievement where recognised_year = 2134"
                + " and subject_id = ?", Long.class, maiId);
        byte[] evidence = EmulationHistoryServiceTests.pdf("Quyết định công nhận sáng kiến");
        mvc.perform(multipart("/emulation/achievements/" + id + "/files").file(new MockMultipartFile("file",
                        "Quyết định.pdf", "application/pdf", evidence)).param("unit", String.valueOf(kinhTe))
                        .param("year", "2134").with(hung).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.attached"));
        long fileId = jdbc.queryForObject("select id from emulation_achievement_file where achievement_id = ?",
                Long.class, id);

        mvc.perform(get("/emulation/achievements").param("unit", String.valueOf(kinhTe)).param("year", "2134")
                        .with(hung).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phần mềm theo dõi giải ngân vốn đầu tư công")))
                .andExpect(content().string(containsString("Quyết định.pdf")));
        byte[] back = mvc.perform(get("/emulation/achievements/files/" + fileId).with(mai))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(evidence);
        mvc.perform(get("/emulation/achievements").param("unit", String.valueOf(kinhTe)).param("year", "2134")
                .with(mai)).andExpect(status().isNotFound());

        mvc.perform(post("/emulation/achievements/" + id + "/correct").with(hung).with(csrf())
                        .param("unit", String.valueOf(kinhTe)).param("version", "0").param("kind", "INITIATIVE")
                        .param("name", "Phần mềm theo dõi giải ngân").param("level", "PROVINCIAL").param("year", "2134"))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.corrected"));
        assertThat(jdbc.queryForObject("select recognition_level from emulation_achievement where id = ?",
                String.class, id)).isEqualTo("PROVINCIAL");
        // A second correction from the page read before the first is refused, not applied over it.
        mvc.perform(post("/emulation/achievements/" + id + "/correct").with(hung).with(csrf())
                        .param("unit", String.valueOf(kinhTe)).param("version", "0").param("kind", "WORK")
                        .param("name", "Khác").param("level", "NATIONAL").param("year", "2134"))
                .andExpect(flash().attribute("refusalKey", "emulationhistory.refused.stale"));
        mvc.perform(post("/emulation/achievements/" + id + "/remove").with(hung).with(csrf())
                        .param("unit", String.valueOf(kinhTe)).param("year", "2134").param("version", "1"))
                .andExpect(flash().attribute("flashSuccess", "emulationhistory.flash.removed"));
        assertThat(jdbc.queryForObject("select count(*) from emulation_achievement where id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void theApiAnswersTheHistoryAndRefusesWithProblemJson() throws Exception {
        mvc.perform(post("/api/v1/emulation/achievements").with(hung).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"holder":"cadre-%d","kind":"RESEARCH","name":"Đề tài cải cách thủ tục đầu tư",
                                 "level":"PROVINCIAL","year":2133,"recognisedBy":"UBND tỉnh Ninh Bình"}"""
                                .formatted(maiId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.holderCode").value("NB014"));
        mvc.perform(post("/api/v1/emulation/people/" + maiId + "/awards").with(hung)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2133,\"title\":\"GRASSROOTS_EMULATION_FIGHTER\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entered").value(true));

        mvc.perform(get("/api/v1/emulation/people/" + maiId + "/history").with(mai))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].year").value(2133))
                .andExpect(jsonPath("$.years[0].titles[0]").value("GRASSROOTS_EMULATION_FIGHTER"))
                .andExpect(jsonPath("$.achievements[0].level").value("PROVINCIAL"));
        mvc.perform(get("/api/v1/emulation/achievements").param("unit", String.valueOf(kinhTe))
                        .param("year", "2133").with(hung))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Đề tài cải cách thủ tục đầu tư"));

        mvc.perform(get("/api/v1/emulation/people/" + maiId + "/history")
                        .with(TestActors.as(actors.account("kiemtra"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/emulation/achievements").with(mai).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"cadre-%d\",\"kind\":\"WORK\",\"name\":\"Tự ghi\",\"level\":\"GRASSROOTS\",\"year\":2133}"
                                .formatted(maiId)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/emulation/people/" + maiId + "/awards").with(hung)
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "vi")
                        .content("{\"year\":2135,\"title\":\"ADVANCED_WORKER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("năm đang kiểm điểm")));
    }

    /** Issue 14 "How it is checked": the emulation API is in the OpenAPI document. */
    @Test
    void theHistoryAndAchievementsAreInTheApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/people/{cadreId}/history'].get.summary")
                        .value(containsString("Quá trình thi đua")))
                .andExpect(jsonPath("$.paths['/api/v1/emulation/achievements'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/achievements'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/achievements/{id}/files'].post").exists());
    }
}
