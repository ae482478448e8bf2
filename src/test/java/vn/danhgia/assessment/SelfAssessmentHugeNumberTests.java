package vn.danhgia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * A number with a huge exponent (valid JSON, a few characters long) in a task row is refused with a short message
 * that names the field; the message does not spell the number out digit by digit (tens of millions of characters).
 * NB028 Lê Hoàng Phúc, quarter II/2026 (tasks listed directly).
 */
@DemoDataTest
class SelfAssessmentHugeNumberTests {

    static final Quarter Q2 = new Quarter(2026, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfAssessmentService service;
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

    SelfAssessmentFixture fixture;

    @BeforeEach
    @AfterEach
    void noSelfAssessmentOfNb028() {
        fixture = new SelfAssessmentFixture(jdbc, organization, access);
        fixture.clean(List.of("NB028"), List.of(Q2));
        clock.setDate(SelfAssessmentFixture.day(2026, 6, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "-1e20000000", "1e-20000000"})
    void aHugeExponentIsRefusedWithAShortMessage(String number) throws Exception {
        Actor owner = actors.cadre("NB028");
        SelfAssessmentView opened = runAs(owner, () -> service.open(Q2));
        String stored = fixture.stored(opened.id());

        String detail = mvc.perform(put("/api/v1/self-assessments/{id}", opened.id()).with(as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": %d, "tasks": [{"axis": 1, "title": "Báo cáo quý", "coefficient": 1,
                                 "plannedQuantity": 1, "doneQuantity": %s, "quality": 1, "timeliness": 1,
                                 "leadership": 1}]}""".formatted(opened.version(), number)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].doneQuantity"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(detail.length()).isLessThan(1000);
        assertThat(detail).contains("Số lượng hoàn thành của nhiệm vụ thứ 1");
        assertThat(fixture.stored(opened.id())).isEqualTo(stored);
    }
}
