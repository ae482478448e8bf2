package vn.danhgia.emulation.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The registration pages and API of Phòng Kinh tế in 2129 (seed 003 §III.1), registration closing "trong ngày
 * 31/01": the unit head registers on the page (post-redirect-get), the list shows each holder's status and the
 * consequence in Vietnamese, a cadre sees her own, and the API answers wrong input with problem+json.
 */
@DemoDataTest
class RegistrationPagesTests {

    static final int YEAR = 2129;

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Actor mai;
    Actor phong;
    long kinhTe;
    long maiId;
    long baoId;

    @BeforeEach
    void setUp() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 2, 3));
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
        kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
        maiId = organization.cadreByCode("NB014").orElseThrow().id().value();
        baoId = organization.cadreByCode("NB015").orElseThrow().id().value();
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from emulation_registration where emulation_year = ?", YEAR);
    }

    String page(Actor actor, String query) throws Exception {
        return mvc.perform(get("/emulation/registrations?" + query).with(TestActors.as(actor))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String row(String page, String holder) {
        int start = page.indexOf("data-holder=\"" + holder + "\"");
        assertThat(start).as("row of " + holder).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theUnitHeadRegistersOnThePageAndTheListShowsEachStatusWithItsConsequence() throws Exception {
        mvc.perform(post("/emulation/registrations").with(csrf()).with(TestActors.as(phong))
                        .param("holder", "cadre-" + baoId).param("year", String.valueOf(YEAR))
                        .param("targetTitle", "ADVANCED_WORKER").param("unit", String.valueOf(kinhTe)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/emulation/registrations?year=" + YEAR + "&unit=" + kinhTe))
                .andExpect(flash().attribute("flashSuccess", "emulation.registration.flash.registered"));

        String list = page(phong, "unit=" + kinhTe + "&year=" + YEAR);

        assertThat(list).contains("Hạn đăng ký: hết ngày 31/01/2129");
        // Registered on 3/2, after the deadline: late, and under the law's default it counts as none.
        assertThat(row(list, "cadre-" + baoId)).contains("data-status=\"LATE\"", "Lao động tiên tiến",
                "Đăng ký sau thời hạn 31/01/2129");
        assertThat(row(list, "cadre-" + maiId)).contains("data-status=\"MISSING\"",
                "Không đủ điều kiện đề nghị danh hiệu thi đua, hình thức khen thưởng năm 2129 (Kế hoạch, mục III.1)");
        assertThat(row(list, "unit-" + kinhTe)).contains("data-status=\"MISSING\"", "Tập thể lao động xuất sắc")
                .doesNotContain("Chiến sĩ thi đua cơ sở");
    }

    @Test
    void aRefusalComesBackBesideTheHolderAndACadreSeesHerOwnRegistration() throws Exception {
        mvc.perform(post("/emulation/registrations").with(csrf()).with(TestActors.as(mai))
                        .param("holder", "unit-" + kinhTe).param("year", String.valueOf(YEAR))
                        .param("targetTitle", "ADVANCED_COLLECTIVE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusalAbout", "unit-" + kinhTe))
                .andExpect(flash().attribute("refusalKey", "emulation.registration.refused.collective"));
        mvc.perform(post("/emulation/registrations").with(csrf()).with(TestActors.as(mai))
                        .param("holder", "cadre-" + maiId).param("year", String.valueOf(YEAR))
                        .param("targetTitle", "GRASSROOTS_EMULATION_FIGHTER"))
                .andExpect(redirectedUrl("/emulation/registrations?year=" + YEAR));

        String own = page(mai, "year=" + YEAR);

        assertThat(row(own, "cadre-" + maiId)).contains("Chiến sĩ thi đua cơ sở", "Đăng ký ngày 03/02/2129",
                "Đổi danh hiệu đăng ký");
        mvc.perform(get("/emulation/registrations").param("unit", String.valueOf(kinhTe))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(mai)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiRegistersListsAndAnswersWrongInputAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/emulation/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"unit-" + kinhTe + "\",\"year\":" + YEAR
                                + ",\"targetTitle\":\"ADVANCED_WORKER\"}")
                        .with(TestActors.as(phong)).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("targetTitle")));
        mvc.perform(post("/api/v1/emulation/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"someone\",\"year\":" + YEAR + ",\"targetTitle\":\"NO_SUCH\"}")
                        .with(TestActors.as(phong)).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/emulation/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"unit-" + kinhTe + "\",\"year\":" + YEAR
                                + ",\"targetTitle\":\"EXCELLENT_COLLECTIVE\"}")
                        .with(TestActors.as(phong)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.deadline").value(YEAR + "-01-31"));
        mvc.perform(post("/api/v1/emulation/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"unit-" + kinhTe + "\",\"year\":" + YEAR
                                + ",\"targetTitle\":\"ADVANCED_COLLECTIVE\"}")
                        .with(TestActors.as(phong)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/emulation/registrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holder\":\"cadre-" + baoId + "\",\"year\":" + YEAR
                                + ",\"targetTitle\":\"ADVANCED_WORKER\"}")
                        .with(TestActors.as(mai)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/emulation/registrations").param("unitId", String.valueOf(kinhTe))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(phong))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrations[0].holder").value("unit-" + kinhTe))
                .andExpect(jsonPath("$.registrations[0].status").value("LATE"))
                .andExpect(jsonPath("$.registrations[?(@.holder == 'cadre-" + maiId + "')].consequence")
                        .value("Không đủ điều kiện đề nghị danh hiệu thi đua, hình thức khen thưởng năm 2129"
                                + " (Kế hoạch, mục III.1)"));
    }

    @Test
    void theRegistrationApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/registrations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/registrations'].post").exists());
    }
}
