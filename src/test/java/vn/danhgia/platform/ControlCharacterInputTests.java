package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 11 §4: a control character (here NUL, U+0000) typed into any text field is refused at the boundary with 400
 * naming the field, before anything is stored, on H2 (which stored it) and PostgreSQL (which failed with a 500)
 * alike. The thirteen fields the issue found, each over the API with an otherwise valid request, then the same check
 * on the pages' forms, query strings and uploaded file names. Lê Hoàng Phúc (NB028) plans quarter III/2048, Phạm
 * Ngọc Sơn (NB029) lists his tasks of quarter II/2026 directly, Kiều Văn Hải (NB033) is appraised for III/2048 by
 * the personnel office (tochuc), which also keeps the office's catalogue and receives reports.
 */
@DemoDataTest
class ControlCharacterInputTests {

    private static final Quarter PLANNED = new Quarter(2048, 3);
    private static final Quarter LISTED_DIRECTLY = new Quarter(2026, 2);
    private static final String NUL = "\\u0000";

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
    PlanningService planning;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    CatalogService catalogs;

    /** The thirteen fields of issue 11 §4, with the path the refusal must name. */
    enum Field {
        PLAN_TASK_TITLE("tasks[0].title"),
        PLAN_TASK_PRODUCT_TYPE("tasks[0].productType"),
        SELF_ASSESSMENT_TASK_TITLE("tasks[0].title"),
        CATALOGUE_ITEM_TASK("task"),
        CATALOGUE_ITEM_APPROVAL_LEVEL("approvalLevel"),
        CATALOGUE_ITEM_DIFFICULTY("difficulty"),
        CATALOGUE_ITEM_PRODUCT_TYPE("productType"),
        CATALOGUE_ITEM_QUANTITY("quantity"),
        CATALOGUE_ITEM_DEADLINE_PATTERN("deadlinePattern"),
        CATALOGUE_ITEM_NOTE("note"),
        APPRAISAL_JUSTIFICATION("justification"),
        RECEIVED_REPORT_SENDER_CODE("sender.code"),
        CATALOGUE_UNIT("unit");

        final String path;

        Field(String path) {
            this.path = path;
        }
    }

    /** A request with the bad character, and what the tables held before and after it. */
    private record Sent(MockHttpServletResponse response, String before, String after) {
    }

    @AfterEach
    void clean() {
        String nb028 = cadreId("NB028");
        for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
            jdbc.update("delete from " + table + " where plan_id in (select id from work_plan where cadre_id = "
                    + nb028 + " and plan_year = 2048)");
        }
        jdbc.update("delete from work_plan where cadre_id = " + nb028 + " and plan_year = 2048");
        String assessments = "select id from self_assessment where (cadre_id = " + cadreId("NB029")
                + " and period_year = 2026 and period_quarter = 2) or (cadre_id = " + cadreId("NB033")
                + " and period_year = 2048)";
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where id in (" + assessments + ")");
        String reports = "select id from received_report where period_year = 2026 and period_quarter = 2";
        jdbc.update("delete from received_report_row where report_id in (" + reports + ")");
        jdbc.update("delete from received_report_unit where report_id in (" + reports + ")");
        jdbc.update("delete from received_report where period_year = 2026 and period_quarter = 2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Field.class)
    void aNulInTheFieldIsRefusedOverTheApiNamingItAndNothingIsStored(Field field) throws Exception {
        Sent sent = switch (field) {
            case PLAN_TASK_TITLE -> planDraft("Báo cáo" + NUL + " tiếp công dân", "Báo cáo");
            case PLAN_TASK_PRODUCT_TYPE -> planDraft("Báo cáo tiếp công dân", "Báo" + NUL + "cáo");
            case SELF_ASSESSMENT_TASK_TITLE -> selfAssessment("Báo cáo" + NUL + " quý");
            case CATALOGUE_UNIT -> newCatalogue("VPUB-NB" + NUL);
            case APPRAISAL_JUSTIFICATION -> appraisal("Vượt tiến độ" + NUL);
            case RECEIVED_REPORT_SENDER_CODE -> receivedReport("VPUB-NB" + NUL);
            default -> catalogueItem(field.path);
        };

        assertRefused(sent, field.path);
    }

    @Test
    void aNulInAPlanPageFieldIsRefusedNamingItAndNothingIsStored() throws Exception {
        clock.setDate(LocalDate.of(2048, 6, 20));
        Actor owner = actors.cadre("NB028");
        WorkPlanView plan = runAs(owner, () -> planning.open(PLANNED));
        String before = storedPlan(plan.id());

        MockHttpServletResponse response = mvc.perform(post("/plans/{id}", plan.id()).with(as(owner)).with(csrf())
                        .param("save", "1").param("version", String.valueOf(plan.version()))
                        .param("axisMax[1]", "30").param("axisMax[2]", "15").param("axisMax[3]", "10")
                        .param("axisMax[4]", "5").param("axisMax[5]", "5").param("axisMax[6]", "5")
                        .param("tasks[0].axis", "1").param("tasks[0].title", "Báo cáo\u0000 tiếp công dân")
                        .param("tasks[0].coefficient", "1").param("tasks[0].plannedQuantity", "2"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("tasks[0].title", "U+0000", "ký tự điều khiển").doesNotContain("Exception");
        assertThat(storedPlan(plan.id())).isEqualTo(before);
    }

    /** C0 controls other than tab, line feed and carriage return, DEL and the C1 controls. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "001B", "007F", "0085", "009F"})
    void everyControlCharacterInAQueryStringIsRefusedOnPagesAndTheApi(String hex) throws Exception {
        String value = "VPUB-NB" + Character.toString(Integer.parseInt(hex, 16));
        MockHttpServletResponse api = mvc.perform(get("/api/v1/catalogs").param("unit", value)
                .with(as(actors.account("tochuc")))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(api.getContentAsString(StandardCharsets.UTF_8), "$.errors[0].field"))
                .isEqualTo("unit");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("U+" + hex);

        MockHttpServletResponse page = mvc.perform(get("/progress").param("q", value)
                .with(as(actors.account("tochuc")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("U+" + hex, "&quot;q&quot;");
    }

    @Test
    void tabsLineBreaksAndVietnameseTextPassUntouched() throws Exception {
        mvc.perform(get("/progress").param("q", "Nguyễn\tThị\r\nHằng").with(as(actors.account("tochuc"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    /** A file name with a control character, or with a bidirectional override that can hide its real extension. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"NUL, U+0000", "RIGHT-TO-LEFT OVERRIDE, U+202E", "LEFT-TO-RIGHT ISOLATE, U+2066"})
    void anUploadWhoseFileNameHidesCharactersIsRefusedAndNothingIsStored(String name, String codePoint)
            throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 15));
        String fileName = "bao-cao" + Character.toString(Integer.parseInt(codePoint.substring(2), 16))
                + "nosj.exe";
        String before = storedReports();

        MockHttpServletResponse response = mvc.perform(multipart("/reports/received")
                        .file(new MockMultipartFile("file", fileName, "application/json",
                                reportFile("VPUB-NB").getBytes(StandardCharsets.UTF_8)))
                        .with(as(actors.account("tochuc"))).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Tên tệp", codePoint,
                "&quot;file&quot;");
        assertThat(storedReports()).isEqualTo(before);
    }

    private void assertRefused(Sent sent, String path) throws Exception {
        String body = sent.response().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sent.response().getStatus()).as(body).isEqualTo(400);
        assertThat(sent.response().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo(path);
        assertThat((String) JsonPath.read(body, "$.errors[0].message")).contains(path, "U+0000");
        assertThat(sent.after()).isEqualTo(sent.before());
    }

    private Sent planDraft(String title, String productType) throws Exception {
        clock.setDate(LocalDate.of(2048, 6, 20));
        Actor owner = actors.cadre("NB028");
        WorkPlanView plan = runAs(owner, () -> planning.open(PLANNED));
        String before = storedPlan(plan.id());
        MockHttpServletResponse response = send(put("/api/v1/plans/{id}", plan.id()).with(as(owner)), """
                {"version": %d, "axisMaxPoints": {"1": 30, "2": 15, "3": 10, "4": 5, "5": 5, "6": 5},
                 "tasks": [{"axis": 1, "title": "%s", "productType": "%s", "coefficient": 1,
                            "plannedQuantity": 2, "deadline": "2048-09-30"}]}"""
                .formatted(plan.version(), title, productType));
        return new Sent(response, before, storedPlan(plan.id()));
    }

    private Sent selfAssessment(String title) throws Exception {
        clock.setDate(LocalDate.of(2026, 6, 20));
        Actor owner = actors.cadre("NB029");
        SelfAssessmentView opened = runAs(owner, () -> selfAssessments.open(LISTED_DIRECTLY));
        String before = storedSelfAssessment(opened.id());
        MockHttpServletResponse response = send(put("/api/v1/self-assessments/{id}", opened.id()).with(as(owner)),
                """
                {"version": %d, "tasks": [{"axis": 1, "title": "%s", "coefficient": 1, "plannedQuantity": 1,
                 "doneQuantity": 1, "quality": 1, "timeliness": 1, "leadership": 1}]}"""
                        .formatted(opened.version(), title));
        return new Sent(response, before, storedSelfAssessment(opened.id()));
    }

    private Sent catalogueItem(String field) throws Exception {
        CatalogVersionView draft = openDraft();
        String item = """
                {"version":%d,"task":"Báo cáo chuyên đề về cải cách hành chính",
                 "approvalLevel":"Cấp có thẩm quyền phê duyệt","difficulty":"Mới, phạm vi toàn tỉnh",
                 "productType":"Báo cáo","quantity":"01","deadlinePattern":"Hằng quý","note":"Công việc chuẩn",
                 "points":150}""".formatted(draft.version());
        String withNul = item.replaceFirst("(\"" + field + "\":\"[^\"]*)\"", "$1" + NUL.replace("\\", "\\\\")
                + "\"");
        assertThat(withNul).isNotEqualTo(item);
        String before = storedCatalogue(draft.id());
        MockHttpServletResponse response = send(post("/api/v1/catalogs/{id}/items", draft.id())
                .with(as(actors.account("tochuc"))), withNul);
        return new Sent(response, before, storedCatalogue(draft.id()));
    }

    private Sent newCatalogue(String unit) throws Exception {
        String before = jdbc.queryForList("select id from catalog_version order by id").toString();
        MockHttpServletResponse response = send(post("/api/v1/catalogs").with(as(actors.account("tochuc"))), """
                {"unit": "%s", "title": "Danh mục sản phẩm/công việc chuẩn năm 2048", "standardPoints": 100}"""
                .formatted(unit));
        return new Sent(response, before, jdbc.queryForList("select id from catalog_version order by id").toString());
    }

    private Sent appraisal(String justification) throws Exception {
        clock.setDate(LocalDate.of(2048, 9, 15));
        long submitted = new SubmittedSelfAssessments(jdbc, organization, access)
                .submitted("NB033", PLANNED, 0, true, "GOOD");
        Actor hung = actors.account("tochuc");
        String opened = mvc.perform(post("/api/v1/appraisals").with(as(hung)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"selfAssessmentId\":" + submitted + "}")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        long version = ((Number) JsonPath.read(opened, "$.version")).longValue();
        String before = storedAppraisal(id);
        MockHttpServletResponse response = send(put("/api/v1/appraisals/{id}", id).with(as(hung)), """
                {"version": %d, "proposedLevel": "GOOD", "justification": "%s"}""".formatted(version, justification));
        return new Sent(response, before, storedAppraisal(id));
    }

    private Sent receivedReport(String senderCode) throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 15));
        String before = storedReports();
        MockHttpServletResponse response = send(post("/api/v1/received-reports")
                .with(as(actors.account("tochuc"))), reportFile(senderCode));
        return new Sent(response, before, storedReports());
    }

    /** An upward report of quarter II/2026 with no announced rating yet, valid but for what the test puts in. */
    private static String reportFile(String senderCode) throws Exception {
        String emptyRows = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("[]".getBytes(StandardCharsets.UTF_8)));
        return """
                {"format":"danhgia.upward-report","version":1,
                 "sender":{"code":"%s","name":"Văn phòng UBND tỉnh Ninh Bình"},
                 "period":{"year":2026,"quarter":2},"generatedAt":"2026-07-10T02:00:00Z",
                 "generatedBy":{"username":"tochuc","name":"Hoàng Văn Hùng"},"notYetAnnounced":3,"note":null,
                 "units":[],"totals":{"excellent":0,"good":0,"completed":0,"notCompleted":0,"total":0},
                 "rows":[],"rowsSha256":"%s"}""".formatted(senderCode, emptyRows);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    /** The office's open catalogue draft, made or returned for revision as CatalogApiAccessTests does. */
    private CatalogVersionView openDraft() {
        Actor tochuc = actors.account("tochuc");
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        Optional<CatalogVersionSummary> open = runAs(tochuc, () -> catalogs.catalogues(Optional.of(office))).stream()
                .filter(summary -> summary.status() != CatalogStatus.APPROVED
                        && summary.status() != CatalogStatus.SUPERSEDED)
                .findFirst();
        CatalogVersionView draft = open.map(summary -> runAs(tochuc, () -> catalogs.version(summary.id())))
                .orElseGet(() -> runAs(tochuc, () -> catalogs.draftNewVersion(office,
                        "Danh mục sản phẩm/công việc chuẩn Văn phòng UBND tỉnh, điều chỉnh", new BigDecimal("100"))));
        if (draft.status() == CatalogStatus.SUBMITTED) {
            CatalogVersionView submitted = draft;
            draft = runAs(actors.account("thamquyen"), () -> catalogs.returnForRevision(submitted.id(),
                    submitted.version(), "Trả lại để kiểm thử tiếp"));
        }
        return draft;
    }

    private String storedPlan(long id) {
        return jdbc.queryForList("select * from work_plan where id = ?", id) + " "
                + jdbc.queryForList("select * from work_plan_task where plan_id = ? order by id", id) + " "
                + jdbc.queryForList("select * from work_plan_axis where plan_id = ? order by axis_number", id);
    }

    private String storedSelfAssessment(long id) {
        return jdbc.queryForList("select * from self_assessment where id = ?", id) + " "
                + jdbc.queryForList("select * from self_assessment_task where assessment_id = ? order by id", id);
    }

    private String storedCatalogue(long id) {
        return jdbc.queryForList("select * from catalog_version where id = ?", id) + " "
                + jdbc.queryForList("select * from catalog_item where version_id = ? order by id", id);
    }

    private String storedAppraisal(long id) {
        return jdbc.queryForList("select * from appraisal where id = ?", id).toString();
    }

    private String storedReports() {
        return jdbc.queryForList("select * from received_report order by id").toString();
    }

    private String cadreId(String code) {
        return String.valueOf(organization.cadreByCode(code).orElseThrow().id().value());
    }
}
