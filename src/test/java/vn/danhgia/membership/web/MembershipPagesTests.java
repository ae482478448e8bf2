package vn.danhgia.membership.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.membership.PartyMembershipView;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.NewCadre;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The subjects page and the membership form and API on the demo ward (seed 004): the reason a new member is left out,
 * Vietnamese refusals beside the field, problem+json in the API, and who may see and change what.
 */
@DemoDataTest
class MembershipPagesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors testActors;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    ReviewSubjects subjects;

    private int reviewYear() {
        return vn.danhgia.membership.MembershipDemoDataTests.review(subjects, organization).getYear();
    }

    private RequestPostProcessor as(String username) {
        return TestActors.as(testActors.account(username));
    }

    @Test
    void theWardsPageSaysWhoIsNotReviewedAndWhy() throws Exception {
        // Seed 004 §II.1: "đảng viên mới kết nạp chưa đủ 6 tháng".
        LocalDate review = LocalDate.of(reviewYear(), 12, 15);
        LocalDate admitted = review.minusMonths(3);
        mvc.perform(get("/annual/subjects").param("unit", "P-NN").param("year", String.valueOf(reviewYear()))
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mới kết nạp chưa đủ 6 tháng (kết nạp "
                        + DAY.format(admitted) + ")")))
                .andExpect(content().string(containsString("Được miễn công tác và sinh hoạt đảng")))
                .andExpect(content().string(containsString("Bị đình chỉ sinh hoạt đảng")))
                .andExpect(content().string(containsString("Ban Thường vụ Thành ủy Quảng Ngãi")))
                .andExpect(content().string(containsString("Chi bộ tổ dân phố")));
    }

    @Test
    void aCadreOutsideTheWardMayNotSeeItsSubjects() throws Exception {
        mvc.perform(get("/annual/subjects").param("unit", "P-NN").with(as("canbo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/annual/subjects").param("unit", "P-NN").with(as("canbo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOfficesHeadOfPersonnelSeesTheOfficeInTheApi() throws Exception {
        // Seed 003 §II.1: the Chánh Văn phòng is rated by the Ban Thường vụ Tỉnh ủy.
        mvc.perform(get("/api/v1/annual/subjects").param("unit", "VPUB-NB").param("year", "2026")
                        .with(as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewDate").value("2026-12-15"))
                .andExpect(jsonPath("$.collectives[?(@.name == 'Lãnh đạo Văn phòng UBND tỉnh')].authority[0].authorityName")
                        .value("Ban Thường vụ Tỉnh ủy Ninh Bình"));
    }

    @Test
    void theApiRefusesAMissingUnitAndDatesBeforeAdmissionAsProblems() throws Exception {
        mvc.perform(get("/api/v1/annual/subjects").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        CadreView cadre = newPartyMember("API");
        mvc.perform(put("/api/v1/party-memberships/" + cadre.id().value()).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cell\":\"DB-NN.TDP1\",\"admittedOn\":\"2091-03-02\",\"officialOn\":\"2091-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("officialOn")));
        mvc.perform(put("/api/v1/party-memberships/" + cadre.id().value()).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cell\":\"DB-NN.TDP1\",\"admittedOn\":\"2091-03-02\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cellName").value("Chi bộ Tổ dân phố 1"))
                .andExpect(jsonPath("$.version").value(0));
        // A second first record (no version) was based on nothing: someone recorded it meanwhile.
        mvc.perform(put("/api/v1/party-memberships/" + cadre.id().value()).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cell\":\"DB-NN.TDP1\",\"admittedOn\":\"2091-03-03\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/party-memberships/" + cadre.id().value()).with(as("canbo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cell\":\"DB-NN.TDP1\",\"admittedOn\":\"2091-03-03\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormPutsAVietnameseRefusalBesideTheDateAndSavesAValidChange() throws Exception {
        CadreView cadre = newPartyMember("FORM");
        String cell = String.valueOf(organization.unitByCode("DB-NN.TDP2").orElseThrow().id().value());
        mvc.perform(post("/admin/membership").param("cadre", cadre.code()).with(as("admin")).with(csrf())
                        .param("cell", cell).param("admittedOn", "2092-05-01").param("suspendedSince", "2092-04-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày này không được trước ngày kết nạp")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/membership").param("cadre", cadre.code()).with(as("admin")).with(csrf())
                        .param("cell", cell).param("admittedOn", "2092-05-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/membership?cadre=*"));
        PartyMembershipView saved = subjects.membership(cadre.id()).orElseThrow();
        // A form based on no version while one exists now: refused above the form, nothing changed.
        mvc.perform(post("/admin/membership").param("cadre", cadre.code()).with(as("admin")).with(csrf())
                        .param("cell", cell).param("admittedOn", "2092-05-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được người khác sửa")));
        org.assertj.core.api.Assertions.assertThat(subjects.membership(cadre.id()).orElseThrow()).isEqualTo(saved);
        mvc.perform(get("/admin/membership").param("cadre", cadre.code()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2092-05-01")))
                .andExpect(content().string(not(containsString("is-invalid"))));
        mvc.perform(get("/admin/membership").with(as("tochuc"))).andExpect(status().isForbidden());
    }

    private CadreView newPartyMember(String tag) {
        String code = "MT-" + tag + "-" + System.nanoTime();
        return TestActors.runAs(testActors.account("admin"), () -> {
            organizationService.registerCadre(new NewCadre(code, "Lương Thị Xuân", LocalDate.of(1980, 2, 3), true,
                    EmploymentKind.WORKER));
            return organization.cadreByCode(code).orElseThrow();
        });
    }
}
