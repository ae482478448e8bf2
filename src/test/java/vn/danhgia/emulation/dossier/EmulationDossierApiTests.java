package vn.danhgia.emulation.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.EmulationReviewRows;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's 2159 dossier over the API and the pages (issue 14 §5): sent by its head, returned by the personnel
 * office, sent again, decided; each refusal as problem+json with its status; the OpenAPI document lists the
 * addresses.
 */
@DemoDataTest
class EmulationDossierApiTests {

    static final int YEAR = 2159;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationQueries organization;

    EmulationReviewRows rows;
    long kinhTe;

    @BeforeEach
    void setUp() {
        rows = new EmulationReviewRows(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 15));
        kinhTe = rows.unit("VPUB-NB.KT");
        long review = rows.closedReview("VPUB-NB.KT", YEAR, 7, "Trịnh Đình Phong", "Lương Thị Mai", "Biểu quyết.");
        rows.nominate(review, "NB014", "GRASSROOTS_EMULATION_FIGHTER", true, 6, 1, "CHOSEN");
    }

    @AfterEach
    void clean() {
        rows.clean(YEAR, YEAR);
    }

    @Test
    void aDossierIsSentReturnedSentAgainAndDecidedOverTheApi() throws Exception {
        var phong = as(actors.account("truongphong"));
        var hung = as(actors.account("tochuc"));
        String dossier = "/api/v1/emulation/dossiers/" + kinhTe;

        mvc.perform(post(dossier + "/send").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(phong))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.chosen[0].name").value("Lương Thị Mai"));
        // The head cannot return it (403); the office must say why (400, naming the field).
        mvc.perform(post(dossier + "/return").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Sửa\"}").with(phong))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(dossier + "/return").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}").with(hung))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(dossier + "/return").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Bổ sung biên bản họp bình xét\",\"version\":99}").with(hung))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(dossier + "/return").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Bổ sung biên bản họp bình xét\"}").with(hung))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("Bổ sung biên bản họp bình xét"));
        // Nothing of a returned dossier can be decided (409).
        String decision = "{\"year\":2159,\"number\":\"12/QĐ-VP\",\"signedOn\":\"2159-12-28\","
                + "\"authority\":\"Chánh Văn phòng UBND tỉnh\"}";
        mvc.perform(post("/api/v1/emulation/decisions").contentType(MediaType.APPLICATION_JSON).content(decision)
                        .with(hung))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(dossier + "/send").param("year", "2159").contentType(MediaType.APPLICATION_JSON)
                        .content("{}").with(phong))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(get("/api/v1/emulation/dossiers").param("year", "2159").with(hung))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(1))
                .andExpect(jsonPath("$.titles[0].title").value("GRASSROOTS_EMULATION_FIGHTER"));
        mvc.perform(post("/api/v1/emulation/decisions").contentType(MediaType.APPLICATION_JSON).content(decision)
                        .with(phong))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/emulation/decisions").contentType(MediaType.APPLICATION_JSON).content(decision)
                        .with(hung))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recognised[0].name").value("Lương Thị Mai"))
                .andExpect(jsonPath("$.recognised[0].decisionNumber").value("12/QĐ-VP"));
        mvc.perform(get(dossier).param("year", "2159").with(phong))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"));
        mvc.perform(get(dossier).param("year", "2159").with(as(actors.account("canbo"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePagesSendAndReturnWithTheirMessages() throws Exception {
        var phong = as(actors.account("truongphong"));
        var hung = as(actors.account("tochuc"));
        String page = mvc.perform(get("/emulation/dossiers/{unit}", kinhTe).param("year", "2159").with(phong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"send-form\"", "Lương Thị Mai", "Chiến sĩ thi đua cơ sở",
                "/emulation/dossiers/" + kinhTe + "/to-trinh.docx?year=2159").doesNotContain("id=\"return-form\"");

        mvc.perform(post("/emulation/dossiers/{unit}/send", kinhTe).param("year", "2159").with(phong)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash()
                        .attribute("flashSuccess", "emulationdossier.flash.sent"));
        mvc.perform(post("/emulation/dossiers/{unit}/return", kinhTe).param("year", "2159").param("reason", " ")
                        .with(hung).with(csrf()))
                .andExpect(flash()
                        .attribute("refusalKey", "emulationdossier.reason.required"));
        String office = mvc.perform(get("/emulation/dossiers").param("year", "2159").with(hung))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(office).contains("id=\"decision-form\"", "Phòng Kinh tế", "Lương Thị Mai");
        long nomination = jdbc.sql("select id from emulation_nomination where title = 'GRASSROOTS_EMULATION_FIGHTER'"
                + " and review_id in (select id from emulation_review where review_year = 2159)")
                .query(Long.class).single();
        // Every open nomination is ticked at first.
        assertThat(office.replaceAll("\\s+", " "))
                .contains("name=\"nominations\" value=\"" + nomination + "\" checked=\"checked\"");
        mvc.perform(post("/emulation/decisions").param("year", "2159").param("number", "12/QĐ-VP")
                        .param("signedOn", "2159-12-28").param("authority", "Chánh Văn phòng UBND tỉnh")
                        .param("nominations", String.valueOf(nomination)).with(hung).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "emulationdossier.flash.decided"));
        assertThat(mvc.perform(get("/emulation/dossiers").param("year", "2159").with(hung))
                .andReturn().getResponse().getContentAsString()).contains("12/QĐ-VP", "28/12/2159");
        String list = mvc.perform(get("/emulation/dossiers").param("year", "2159").with(phong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/emulation/dossiers/" + kinhTe + "?year=2159");
    }

    @Test
    void theOpenApiDocumentListsTheEmulationDossierAddresses() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/dossiers']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/dossiers/{unitId}/send'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/dossiers/{unitId}/return'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/decisions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/emulation/dossiers/{unitId}/documents/{document}.{format}']")
                        .exists());
    }
}
