package vn.danhgia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Evidence (minh chứng, issue 12 §3) attached by the cadre to the self-assessment of quarter III/2082 and its tasks:
 * stored and listed, read by whoever may read the self-assessment and by nobody else, refused files named beside the
 * field with nothing stored, removal only while the self-assessment is editable.
 */
@DemoDataTest
class EvidenceTests {

    static final Quarter Q3 = new Quarter(2082, 3);
    static final String API = "/api/v1/self-assessments";
    static final String PAGES = "/assessment/self-assessments";

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

    SelfAssessmentFixture fixture;
    Actor mai;
    long assessment;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SelfAssessmentFixture(jdbc, organization, access);
        clean();
        clock.setDate(SelfAssessmentFixture.day(2082, 9, 15));
        mai = actors.account("canbo");
        fixture.approvedPlan("NB014", Q3, SelfAssessmentFixture.EXAMPLE_WEIGHTS, SelfAssessmentFixture.WORKED_EXAMPLE);
        String opened = body(mvc.perform(post(API).with(TestActors.as(mai)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":2082,\"quarter\":3}")).andExpect(status().isCreated()));
        assessment = ((Number) JsonPath.read(opened, "$.id")).longValue();
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB014"), List.of(Q3));
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    ResultActions attach(Actor actor, String name, byte[] content, Long taskId) throws Exception {
        var request = multipart(API + "/" + assessment + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", content));
        if (taskId != null) {
            request.param("taskId", taskId.toString());
        }
        return mvc.perform(request.with(TestActors.as(actor)).header("Accept-Language", "vi"));
    }

    long firstTask() {
        return jdbc.queryForObject("select min(id) from self_assessment_task where assessment_id = ?", Long.class,
                assessment);
    }

    long evidenceCount() {
        return jdbc.queryForObject("select count(*) from self_assessment_evidence where assessment_id = ?",
                Long.class, assessment);
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCadreAttachesListsAndDownloadsAndTheHeadReadsIt() throws Exception {
        byte[] content = pdf("Tờ trình " + UUID.randomUUID());
        long task = firstTask();
        String attached = body(attach(mai, "Tờ trình số 12.pdf", content, task).andExpect(status().isCreated())
                .andExpect(jsonPath("$.originalName").value("Tờ trình số 12.pdf"))
                .andExpect(jsonPath("$.taskId").value(task))
                .andExpect(jsonPath("$.size").value(content.length)));
        long evidence = ((Number) JsonPath.read(attached, "$.id")).longValue();
        attach(mai, "bao-cao.pdf", pdf("Báo cáo " + UUID.randomUUID()), null).andExpect(status().isCreated());

        mvc.perform(get(API + "/" + assessment + "/evidence").with(TestActors.as(mai)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].taskId").doesNotExist());
        for (Actor reader : List.of(mai, actors.account("truongphong"), actors.account("tochuc"))) {
            byte[] downloaded = mvc.perform(get(API + "/" + assessment + "/evidence/" + evidence)
                            .with(TestActors.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            org.hamcrest.Matchers.startsWith("attachment")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(downloaded).isEqualTo(content);
        }
        String own = body(mvc.perform(get(PAGES + "/" + assessment).with(TestActors.as(mai)))
                .andExpect(status().isOk()));
        assertThat(own).contains("id=\"evidence-form\"", "Tờ trình số 12.pdf", "bao-cao.pdf",
                SelfAssessmentFixture.WORKED_EXAMPLE.get(0).title());
        String head = body(mvc.perform(get(PAGES + "/" + assessment).with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk()));
        assertThat(head).contains("Tờ trình số 12.pdf").doesNotContain("id=\"evidence-form\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EVIDENCE_ATTACHED'"
                + " and record_id = ?", Long.class, evidence)).isEqualTo(1);
    }

    @Test
    void anotherCadreGets404AsForAnUnknownIdAndCannotAttach() throws Exception {
        long evidence = ((Number) JsonPath.read(body(attach(mai, "a.pdf", pdf("x"), null)
                .andExpect(status().isCreated())), "$.id")).longValue();
        Actor colleague = actors.account("hoidong");
        mvc.perform(get(API + "/" + assessment + "/evidence").with(TestActors.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + assessment + "/evidence/" + evidence).with(TestActors.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get(PAGES + "/" + assessment + "/evidence/" + evidence).with(TestActors.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/999999999/evidence").with(TestActors.as(mai))).andExpect(status().isNotFound());
        attach(colleague, "b.pdf", pdf("y"), null).andExpect(status().isNotFound());
        // The head reads it but does not attach: that is the cadre's own record.
        attach(actors.account("truongphong"), "c.pdf", pdf("z"), null).andExpect(status().isForbidden());
        assertThat(evidenceCount()).isEqualTo(1);
    }

    @Test
    void aWrongTypeOrTooLargeFileIsRefusedWithAVietnameseMessageAndNothingStored() throws Exception {
        attach(mai, "virus.exe", pdf("x"), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Chỉ nhận tệp pdf, docx, xlsx, jpg hoặc png."));
        attach(mai, "gia.pdf", "<html>không phải pdf</html>".getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Nội dung tệp không đúng với phần mở rộng của tên tệp."));
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf(""), 0, large, 0, 5);
        attach(mai, "lon.pdf", large, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Tệp lớn quá 20 MB."));
        attach(mai, "a.pdf", pdf("x"), 999_999_999L).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("taskId"));

        String page = body(mvc.perform(multipart(PAGES + "/" + assessment + "/evidence")
                        .file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", pdf("x")))
                        .with(TestActors.as(mai)).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("id=\"evidence-error\"").contains("Chỉ nhận tệp pdf, docx, xlsx, jpg hoặc png.");
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void theCadreRemovesWhileEditableButNotAfterSubmission() throws Exception {
        long first = ((Number) JsonPath.read(body(attach(mai, "a.pdf", pdf("a" + UUID.randomUUID()), null)
                .andExpect(status().isCreated())), "$.id")).longValue();
        long second = ((Number) JsonPath.read(body(attach(mai, "b.pdf", pdf("b" + UUID.randomUUID()), null)
                .andExpect(status().isCreated())), "$.id")).longValue();

        mvc.perform(post(PAGES + "/" + assessment + "/evidence/" + first + "/remove").with(TestActors.as(mai))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(evidenceCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EVIDENCE_REMOVED'"
                + " and record_id = ?", Long.class, first)).isEqualTo(1);

        // Submitted: the record stands as the cadre handed it in (seed 002 §4 Bước 2).
        jdbc.update("update self_assessment set status = 'SUBMITTED' where id = ?", assessment);
        mvc.perform(delete(API + "/" + assessment + "/evidence/" + second).with(TestActors.as(mai))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("đã nộp")));
        mvc.perform(post(PAGES + "/" + assessment + "/evidence/" + second + "/remove").with(TestActors.as(mai))
                .with(csrf())).andExpect(status().isConflict());
        attach(mai, "c.pdf", pdf("c"), null).andExpect(status().isConflict());
        assertThat(evidenceCount()).isEqualTo(1);
    }
}
