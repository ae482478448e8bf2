package vn.danhgia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 "Late work has a path" over /api/v1: the head of Phòng Kinh tế (truongphong, NB013), who receives Lương Thị
 * Mai's (canbo, NB014) self-assessments, extends her deadline with a reason; she submits within it and is in time.
 * Without an extension the submission after the scheme's day (seed 002 §4 Bước 2: "trước ngày 30") is taken and
 * marked late. Quarter I/2050 only, so no other test's records are touched.
 */
@DemoDataTest
class DeadlineExtensionApiTests {

    static final Quarter Q1_2050 = new Quarter(2050, 1);
    static final String EXTENSIONS = "/api/v1/deadline-extensions";
    static final String SELF_ASSESSMENTS = "/api/v1/self-assessments";

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
    AuditTrail audit;

    SelfAssessmentFixture fixture;
    Actor mai;
    Actor phong;

    @BeforeEach
    void setUp() {
        fixture = new SelfAssessmentFixture(jdbc, organization, access);
        clean();
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 20));
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from deadline_extension where period_year = 2050 and period_quarter = 1");
        fixture.clean(List.of("NB014", "NB015"), List.of(Q1_2050));
    }

    @Test
    void theHeadExtendsTheDeadlineAndTheCadreSubmitsInTimeWithinIt() throws Exception {
        String saved = openedAndFilled(mai, "NB014");
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 31));

        String granted = body(grant(phong, "NB014", "2050-04-05", "Nghỉ ốm từ 25/3 đến 31/3/2050 có giấy xác nhận.")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lastDay").value("2050-04-05"))
                .andExpect(jsonPath("$.schemeLastDay").value("2050-03-29"))
                .andExpect(jsonPath("$.grantedBy").value("Trịnh Đình Phong")));
        mvc.perform(get(SELF_ASSESSMENTS + "/" + id(saved)).with(TestActors.as(mai)))
                .andExpect(jsonPath("$.deadline").value("2050-04-05"))
                .andExpect(jsonPath("$.extension.reason").value("Nghỉ ốm từ 25/3 đến 31/3/2050 có giấy xác nhận."));
        clock.setDate(SelfAssessmentFixture.day(2050, 4, 2));

        submit(mai, id(saved), version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedLate").value(false));

        assertThat(audit.ofRecord("DEADLINE_EXTENSION", id(granted))).extracting(AuditEntryView::action)
                .containsExactly("DEADLINE_EXTENSION_GRANTED");
        assertThat(audit.ofRecord("SELF_ASSESSMENT", id(saved))).extracting(AuditEntryView::action)
                .endsWith("SELF_ASSESSMENT_SUBMITTED");
    }

    @Test
    void withoutAnExtensionASubmissionAfterTheDeadlineIsTakenAndMarkedLate() throws Exception {
        String saved = openedAndFilled(mai, "NB014");
        clock.setDate(SelfAssessmentFixture.day(2050, 4, 2));

        submit(mai, id(saved), version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedLate").value(true));

        assertThat(audit.ofRecord("SELF_ASSESSMENT", id(saved))).extracting(AuditEntryView::action)
                .endsWith("SELF_ASSESSMENT_SUBMITTED_LATE");
    }

    @Test
    void aSubmissionAfterTheExtendedDayIsStillLate() throws Exception {
        String saved = openedAndFilled(mai, "NB014");
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 31));
        grant(phong, "NB014", "2050-04-01", "Đi công tác đột xuất.").andExpect(status().isCreated());
        clock.setDate(SelfAssessmentFixture.day(2050, 4, 2));

        submit(mai, id(saved), version(saved)).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedLate").value(true));
    }

    @Test
    void nobodyExtendsTheirOwnDeadline() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 31));

        grant(mai, "NB014", "2050-04-05", "Tự gia hạn.").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(extensions()).isZero();
    }

    @Test
    void aMissingReasonAndADayBeforeTheSchemesAreRefusedNamingTheFields() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 20));

        grant(phong, "NB014", "2050-03-25", " ").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lastDay"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Ngày gia hạn phải sau hạn của phương án (29/03/2050) và không trước hôm nay (20/03/2050)."))
                .andExpect(jsonPath("$.errors[1].field").value("reason"))
                .andExpect(jsonPath("$.errors[1].message").value("Hãy ghi lý do gia hạn."));
        grant(phong, "NB014", "ngày mai", "Lý do").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastDay"));

        assertThat(extensions()).isZero();
    }

    @Test
    void replacingAnExtensionNeedsTheVersionItWasBasedOn() throws Exception {
        clock.setDate(SelfAssessmentFixture.day(2050, 3, 31));
        String first = body(grant(phong, "NB014", "2050-04-05", "Nghỉ phép.").andExpect(status().isCreated()));

        grant(phong, "NB014", "2050-04-10", "Nghỉ phép dài hơn.").andExpect(status().isConflict());
        mvc.perform(post(EXTENSIONS).with(TestActors.as(phong)).contentType(MediaType.APPLICATION_JSON)
                        .content(request("NB014", "2050-04-10", "Nghỉ phép dài hơn.", version(first))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lastDay").value("2050-04-10"));

        assertThat(audit.ofRecord("DEADLINE_EXTENSION", id(first))).extracting(AuditEntryView::action)
                .containsExactly("DEADLINE_EXTENSION_GRANTED", "DEADLINE_EXTENSION_REPLACED");
    }

    private String openedAndFilled(Actor cadre, String code) throws Exception {
        fixture.approvedPlan(code, Q1_2050, SelfAssessmentFixture.EXAMPLE_WEIGHTS,
                SelfAssessmentFixture.WORKED_EXAMPLE);
        String opened = body(mvc.perform(post(SELF_ASSESSMENTS).with(TestActors.as(cadre))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2050,\"quarter\":1}"))
                .andExpect(status().isCreated()));
        return body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put(SELF_ASSESSMENTS + "/" + id(opened)).with(TestActors.as(cadre))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version(opened) + ","
                                + SelfAssessmentApiTests.exampleContent(opened, "GOOD") + "}"))
                .andExpect(status().isOk()));
    }

    private ResultActions grant(Actor actor, String code, String lastDay, String reason) throws Exception {
        return mvc.perform(post(EXTENSIONS).with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(request(code, lastDay, reason, null)));
    }

    private String request(String code, String lastDay, String reason, Long version) {
        return """
                {"cadreId":%d,"step":"SELF_ASSESSMENT","year":2050,"quarter":1,"lastDay":"%s","reason":"%s"%s}"""
                .formatted(fixture.cadre(code).value(), lastDay, reason,
                        version == null ? "" : ",\"version\":" + version);
    }

    private ResultActions submit(Actor actor, long id, long version) throws Exception {
        return mvc.perform(post(SELF_ASSESSMENTS + "/" + id + "/submit").with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"));
    }

    private long extensions() {
        return jdbc.queryForObject("select count(*) from deadline_extension where period_year = 2050", Long.class);
    }

    private static String body(ResultActions result) throws Exception {
        return SelfAssessmentApiTests.body(result);
    }

    private static long id(String view) {
        return ((Number) JsonPath.read(view, "$.id")).longValue();
    }

    private static long version(String view) {
        return ((Number) JsonPath.read(view, "$.version")).longValue();
    }
}
