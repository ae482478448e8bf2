package vn.danhgia.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SeparateInstance;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Seed 002 §4 Bước 5: a body reports the quarter's rating results "theo Mẫu số 04" to the level above, which
 * consolidates them. The sending body runs its own installation (a second application on its own H2 database, the
 * demo organisation): Phòng Kinh tế's quarter I/2031 is appraised, decided by its head (seed 000 §III.1.2) and
 * announced (Bước 6); a deputy chief of the office is decided but not announced. The upward report exported there is
 * imported here, in the test context's own database, by the personnel office of the level above.
 */
@DemoDataTest
class UpwardReportExchangeTests {

    static final Quarter Q = new Quarter(2031, 1);

    static ConfigurableApplicationContext sender;
    static byte[] exported;
    static Map<String, Long> announcedInSender;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void theSendingInstallationRatesAndAnnouncesItsQuarter() throws Exception {
        sender = SeparateInstance.start("upward-sender");
        sender.getBean(MutableClock.class).setDate(LocalDate.of(2031, 3, 18));
        JdbcTemplate senderJdbc = sender.getBean(JdbcTemplate.class);
        OrganizationQueries organization = sender.getBean(OrganizationQueries.class);
        SubmittedSelfAssessments assessments = new SubmittedSelfAssessments(senderJdbc, organization,
                sender.getBean(AccessScopes.class));
        assessments.appraised("NB014", Q, 1, true, "EXCELLENT");
        assessments.appraised("NB015", Q, 0, true, "GOOD");
        assessments.appraised("NB002", Q, 0, true, "GOOD");
        TestActors senderActors = sender.getBean(TestActors.class);
        DecisionService decisions = sender.getBean(DecisionService.class);
        Actor phong = senderActors.cadre("NB013", Role.AUTHORITY, Role.UNIT_HEAD);
        Actor thang = senderActors.cadre("NB001", Role.AUTHORITY, Role.UNIT_HEAD);
        TestActors.runAs(phong, () -> decisions.decide(organization.cadreByCode("NB014").orElseThrow().id(), Q,
                null, "EXCELLENT", "Vượt 1 nhiệm vụ", null));
        TestActors.runAs(phong, () -> decisions.decide(organization.cadreByCode("NB015").orElseThrow().id(), Q,
                null, "GOOD", null, null));
        TestActors.runAs(thang, () -> decisions.decide(organization.cadreByCode("NB002").orElseThrow().id(), Q,
                null, "GOOD", null, null));
        long kt = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
        TestActors.runAs(senderActors.account("tochuc"),
                () -> sender.getBean(AnnouncementService.class).announce(kt, 2031, 1));

        announcedInSender = new TreeMap<>();
        senderJdbc.query("select decided_level, count(*) from quarter_rating where period_year = 2031 "
                + "and period_quarter = 1 and status = 'ANNOUNCED' group by decided_level", row -> {
                    announcedInSender.put(row.getString(1), row.getLong(2));
                });

        MockMvc senderMvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) sender)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        exported = senderMvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                        .param("unit", String.valueOf(organization.unitByCode("VPUB-NB").orElseThrow().id().value()))
                        .with(TestActors.as(senderActors.account("tochuc"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @AfterAll
    static void stopTheSendingInstallation() {
        if (sender != null) {
            sender.close();
        }
    }

    @BeforeEach
    void aDayAfterTheQuarter() {
        clean();
        clock.setDate(LocalDate.of(2031, 4, 2));
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from received_report_row");
        jdbc.update("delete from received_report_unit");
        jdbc.update("delete from received_report");
        jdbc.update("delete from audit_entry where record_type = 'RECEIVED_REPORT'");
    }

    ResultActions receive(Actor actor, byte[] file) throws Exception {
        return mvc.perform(post("/api/v1/received-reports").with(TestActors.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content(file).header("Accept-Language", "vi"));
    }

    Actor tochuc() {
        return actors.account("tochuc");
    }

    @Test
    @DisplayName("Seed 002 §4 Bước 5: the upward report exported by one installation imports into another and its "
            + "totals match the sender's announced ratings")
    void anUpwardReportExportedFromOneInstallationImportsIntoAnotherWithTheSameTotals() throws Exception {
        assertThat(announcedInSender).containsExactly(Map.entry("EXCELLENT", 1L), Map.entry("GOOD", 1L));
        UpwardReport report = json.readValue(exported, UpwardReport.class);
        assertThat(report.format()).isEqualTo("danhgia.upward-report");
        assertThat(report.version()).isEqualTo(1);
        assertThat(report.sender().code()).isEqualTo("VPUB-NB");
        assertThat(report.notYetAnnounced()).isEqualTo(1);
        assertThat(report.note()).isEqualTo("1 kết quả xếp loại của quý chưa công bố nên chưa tính trong báo cáo này.");
        assertThat(report.rows()).extracting(UpwardReport.Row::fullName)
                .containsExactly("Hà Quốc Bảo", "Lương Thị Mai");
        assertThat(report.rows().get(1).note()).isEqualTo("Vượt 1 nhiệm vụ");

        receive(tochuc(), exported).andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("CREATED"));

        mvc.perform(get("/api/v1/received-reports").param("quarter", "2031-1").with(TestActors.as(tochuc())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reports.length()").value(1))
                .andExpect(jsonPath("$.reports[0].senderCode").value("VPUB-NB"))
                .andExpect(jsonPath("$.reports[0].notYetAnnounced").value(1))
                .andExpect(jsonPath("$.totals.excellent").value(announcedInSender.get("EXCELLENT")))
                .andExpect(jsonPath("$.totals.good").value(announcedInSender.get("GOOD")))
                .andExpect(jsonPath("$.totals.completed").value(0))
                .andExpect(jsonPath("$.totals.notCompleted").value(0))
                .andExpect(jsonPath("$.totals.total").value(2));
        assertThat(jdbc.queryForList("select full_name from received_report_row order by sort_order", String.class))
                .containsExactly("Hà Quốc Bảo", "Lương Thị Mai");
        assertThat(jdbc.queryForList("select unit_code from received_report_unit", String.class))
                .containsExactly("VPUB-NB.KT");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'RECEIVED_REPORT' "
                + "and action = 'RECEIVED_REPORT_IMPORTED' and actor_username = 'tochuc'", Long.class)).isEqualTo(1);

        byte[] xlsx = mvc.perform(get("/reports/received/consolidated.xlsx").param("quarter", "2031-1")
                        .with(TestActors.as(tochuc())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(UpwardReportController.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row body = rowStarting(sheet, "Văn phòng UBND tỉnh Ninh Bình (VPUB-NB)");
            assertThat(body.getCell(1).getStringCellValue()).endsWith("1 kết quả chưa công bố, chưa tính");
            Row total = rowStarting(sheet, "Tổng cộng");
            assertThat(List.of(total.getCell(2).getNumericCellValue(), total.getCell(3).getNumericCellValue(),
                    total.getCell(4).getNumericCellValue(), total.getCell(5).getNumericCellValue(),
                    total.getCell(6).getNumericCellValue())).containsExactly(1.0, 1.0, 0.0, 0.0, 2.0);
        }

        String page = mvc.perform(get("/reports/received").param("quarter", "2031-1").with(TestActors.as(tochuc()))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Báo cáo kết quả xếp loại quý I/2031 của cấp dưới gửi về",
                "Văn phòng UBND tỉnh Ninh Bình", "id=\"received-upload\"");
    }

    @Test
    @DisplayName("The example of docs/exchange-format.md is a valid file")
    void theDocumentedExampleImports() throws Exception {
        String document = java.nio.file.Files.readString(java.nio.file.Path.of("docs/exchange-format.md"));
        String example = document.substring(document.indexOf("```json") + 7, document.lastIndexOf("```"));

        receive(tochuc(), example.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.senderName").value("Văn phòng UBND tỉnh Ninh Bình"))
                .andExpect(jsonPath("$.report.period.year").value(2026))
                .andExpect(jsonPath("$.report.counts.total").value(2));
    }

    @Test
    @DisplayName("A file altered on the way is refused naming the checksum; nothing is stored")
    void aTamperedFileIsRefusedAndNothingIsStored() throws Exception {
        byte[] tampered = new String(exported, StandardCharsets.UTF_8)
                .replace("\"level\":\"GOOD\"", "\"level\":\"EXCELLENT\"").getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(exported);

        receive(tochuc(), tampered).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rowsSha256')].message").value(
                        "Mã kiểm tra SHA-256 không khớp với các dòng của báo cáo: tệp đã bị sửa hoặc hỏng trên "
                                + "đường gửi."));
        String page = mvc.perform(multipart("/reports/received")
                        .file(new MockMultipartFile("file", "bao-cao.json", "application/json", tampered))
                        .with(TestActors.as(tochuc())).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không nhận tệp này; chưa lưu gì:", "Mã kiểm tra SHA-256 không khớp");
        assertThat(stored()).isEqualTo("[]");
    }

    @Test
    @DisplayName("The same file imported again changes nothing")
    void importingTheSameFileAgainChangesNothing() throws Exception {
        receive(tochuc(), exported).andExpect(status().isCreated());
        String before = stored();

        receive(actors.account("admin"), exported).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UNCHANGED"))
                .andExpect(jsonPath("$.report.importedBy").value("tochuc"));
        mvc.perform(multipart("/reports/received")
                        .file(new MockMultipartFile("file", "bao-cao.json", "application/json", exported))
                        .with(TestActors.as(tochuc())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @DisplayName("A newer report of the same body and quarter replaces the older, audited with the totals before and "
            + "after; the older file then is refused")
    void aNewerReportReplacesTheOlderAndAnOlderOneIsRefused() throws Exception {
        receive(tochuc(), exported).andExpect(status().isCreated());
        UpwardReport original = json.readValue(exported, UpwardReport.class);
        // A complaint upheld at the sender: Hà Quốc Bảo's rating cancelled, so the newer report has one row.
        List<UpwardReport.Row> rows = new ArrayList<>(original.rows().subList(1, 2));
        byte[] newer = json.writeValueAsBytes(reportOf(original, rows, original.generatedAt().plusSeconds(3600)));

        receive(tochuc(), newer).andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("REPLACED"))
                .andExpect(jsonPath("$.report.counts.total").value(1));
        assertThat(jdbc.queryForList("select full_name from received_report_row", String.class))
                .containsExactly("Lương Thị Mai");
        Map<String, Object> replaced = jdbc.queryForMap("select before_state, after_state from audit_entry "
                + "where record_type = 'RECEIVED_REPORT' and action = 'RECEIVED_REPORT_REPLACED'");
        assertThat(replaced.get("before_state").toString()).contains("\"total\":2");
        assertThat(replaced.get("after_state").toString()).contains("\"total\":1");
        String afterReplacing = stored();

        receive(tochuc(), exported).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Đã nhận báo cáo mới hơn của Văn phòng UBND tỉnh Ninh Bình cho quý này")));
        assertThat(stored()).isEqualTo(afterReplacing);
    }

    @Test
    @DisplayName("Only the personnel office and the administrator receive reports; refusals store nothing")
    void onlyThePersonnelOfficeAndTheAdministratorImport() throws Exception {
        for (String username : List.of("canbo", "truongphong", "thamquyen", "hoidong", "kiemtra")) {
            receive(actors.account(username), exported).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Chỉ cơ quan tham mưu tổ chức và quản trị hệ thống được "
                            + "nhận báo cáo của cấp dưới."));
        }
        mvc.perform(multipart("/reports/received")
                        .file(new MockMultipartFile("file", "bao-cao.json", "application/json", exported))
                        .with(TestActors.as(actors.account("canbo"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo("[]");
        mvc.perform(get("/api/v1/received-reports").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/received").with(TestActors.as(actors.account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"received-upload\""))));

        receive(actors.account("admin"), exported).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("Seed 002 §4 Bước 5 is the personnel office's and the authority's report: a unit head or a cadre "
            + "may not export it; bad addresses are 400")
    void exportPerRole() throws Exception {
        long office = unitId("VPUB-NB");
        List<Actor> refused = List.of(actors.account("canbo"), actors.account("hoidong"), actors.account("kiemtra"),
                actors.cadre("NB013", Role.UNIT_HEAD));
        for (Actor actor : refused) {
            mvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                            .with(TestActors.as(actor)).header("Accept-Language", "vi"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Báo cáo gửi cấp trên chỉ dành cho cơ quan tham mưu tổ "
                            + "chức, cấp có thẩm quyền và quản trị hệ thống."));
        }
        for (String username : List.of("tochuc", "thamquyen", "admin")) {
            mvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                            .param("unit", String.valueOf(office)).with(TestActors.as(actors.account(username))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.format").value("danhgia.upward-report"))
                    .andExpect(jsonPath("$.sender.code").value("VPUB-NB"))
                    .andExpect(jsonPath("$.generatedBy.username").value(username));
        }
        // Phong leads Phòng Kinh tế and its Chi bộ, two separate units: he names the one that reports.
        mvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                        .with(TestActors.as(actors.account("truongphong"))).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Bạn phụ trách nhiều đơn vị riêng rẽ: hãy chọn đơn vị gửi báo cáo."));
        mvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                        .param("unit", String.valueOf(unitId("VPUB-NB.KT")))
                        .with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sender.name").value("Phòng Kinh tế"));
        mvc.perform(get("/reports/upward-report.json").param("year", "2031").param("quarter", "9")
                        .param("unit", String.valueOf(office)).with(TestActors.as(tochuc())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/upward-reports").param("year", "2031").param("quarter", "1")
                        .param("unit", "999999").with(TestActors.as(tochuc())))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("Broken uploads get a Vietnamese reason, never a 500, and store nothing")
    void badUploadsAreRefusedWithAReason() throws Exception {
        UpwardReport original = json.readValue(exported, UpwardReport.class);
        ObjectNode tree = (ObjectNode) json.readTree(exported);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("", "Chưa chọn tệp hoặc tệp rỗng.");
        expected.put("không phải JSON", "Tệp không phải JSON hợp lệ");
        expected.put("[]", "Tệp không phải báo cáo gửi cấp trên: trường format phải là \"danhgia.upward-report\".");
        expected.put(tree.deepCopy().put("version", 2).toString(),
                "Phiên bản định dạng \"2\" không được hỗ trợ; hệ thống đọc phiên bản 1.");
        expected.put(tree.deepCopy().put("extra", "x").toString(), "Trường \"extra\" không thuộc định dạng");
        expected.put(tree.deepCopy().put("notYetAnnounced", "một").toString(), "Trường \"notYetAnnounced\"");
        ObjectNode wrongTotals = tree.deepCopy();
        ((ObjectNode) wrongTotals.get("totals")).put("good", 5).put("total", 6);
        expected.put(wrongTotals.toString(), "Tổng số theo mức xếp loại (1/5/0/0/6) không khớp với các dòng");
        ObjectNode wrongUnit = tree.deepCopy();
        ((ObjectNode) wrongUnit.get("units").get(0).get("counts")).put("good", 0).put("completed", 1);
        expected.put(wrongUnit.toString(), "Số lượng của đơn vị VPUB-NB.KT (1/0/1/0/2) không khớp");
        ObjectNode unitWithoutCounts = tree.deepCopy();
        ((ObjectNode) unitWithoutCounts.get("units").get(0)).putNull("counts");
        expected.put(unitWithoutCounts.toString(), "Thiếu thông tin bắt buộc.");
        expected.put(json.writeValueAsString(withPeriod(original, 2099, 1)),
                "Kỳ báo cáo không hợp lệ: quý 1 năm 2099 không tồn tại hoặc chưa bắt đầu.");
        expected.put(json.writeValueAsString(withPeriod(original, 2031, 5)), "quý 5 năm 2031");
        ObjectNode missingSender = tree.deepCopy();
        missingSender.remove("sender");
        expected.put(missingSender.toString(), "Thiếu thông tin bắt buộc.");
        ObjectNode wrongLevel = tree.deepCopy();
        ((ObjectNode) wrongLevel.get("rows").get(0)).put("level", "PERFECT");
        expected.put(wrongLevel.toString(), "Mức xếp loại \"PERFECT\" không hợp lệ");

        for (Map.Entry<String, String> upload : expected.entrySet()) {
            byte[] file = upload.getKey().getBytes(StandardCharsets.UTF_8);
            String problem = receive(tochuc(), file).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(json.readTree(problem).get("detail").asString()).as(upload.getKey())
                    .contains(upload.getValue());
            String page = mvc.perform(multipart("/reports/received")
                            .file(new MockMultipartFile("file", "bao-cao.json", "application/json", file))
                            .with(TestActors.as(tochuc())).with(csrf()).header("Accept-Language", "vi"))
                    .andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(upload.getKey()).contains("Không nhận tệp này; chưa lưu gì:",
                    org.springframework.web.util.HtmlUtils.htmlEscape(upload.getValue(), "UTF-8"));
        }
        mvc.perform(multipart("/reports/received").with(TestActors.as(tochuc())).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(stored()).isEqualTo("[]");
    }

    /** The report with other rows, its counts and checksum made again as the sender would, generated at {@code at}. */
    private static UpwardReport reportOf(UpwardReport original, List<UpwardReport.Row> rows, Instant at) {
        LevelTally totals = new LevelTally();
        Map<String, LevelTally> units = new TreeMap<>();
        for (UpwardReport.Row row : rows) {
            totals.add(vn.danhgia.rules.RatingLevel.valueOf(row.level()));
            units.computeIfAbsent(row.unitCode(), code -> new LevelTally())
                    .add(vn.danhgia.rules.RatingLevel.valueOf(row.level()));
        }
        List<UpwardReport.UnitCounts> unitCounts = original.units().stream()
                .filter(unit -> units.containsKey(unit.code()))
                .map(unit -> new UpwardReport.UnitCounts(unit.code(), unit.name(), units.get(unit.code()).counts()))
                .toList();
        return new UpwardReport(original.format(), original.version(), original.sender(), original.period(), at,
                original.generatedBy(), original.notYetAnnounced(), original.note(), unitCounts, totals.counts(),
                rows, RowsChecksum.of(rows), null);
    }

    private static UpwardReport withPeriod(UpwardReport original, int year, int quarter) {
        return new UpwardReport(original.format(), original.version(), original.sender(),
                UpwardReport.Period.quarter(year, quarter), original.generatedAt(), original.generatedBy(),
                original.notYetAnnounced(), original.note(), original.units(), original.totals(), original.rows(),
                original.rowsSha256(), null);
    }

    /** Everything the received reports' tables and their audit entries hold, to compare before and after. */
    private String stored() {
        return List.of(jdbc.queryForList("select * from received_report order by id"),
                jdbc.queryForList("select * from received_report_unit order by report_id, sort_order"),
                jdbc.queryForList("select * from received_report_row order by report_id, sort_order"),
                jdbc.queryForList("select id, action from audit_entry where record_type = 'RECEIVED_REPORT' "
                        + "order by id")).toString().replace("[[], [], [], []]", "[]");
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
