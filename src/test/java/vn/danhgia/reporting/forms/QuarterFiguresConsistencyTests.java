package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 §1, "one truth on every page": quarter I/2055 of Phòng Kinh tế (which no other test uses) run through the
 * real decision and announcement services — Lương Thị Mai (NB014) and Hà Quốc Bảo (NB015) submit scored
 * self-assessments with all criteria met, the personnel office appraises them, the head Trịnh Đình Phong decides
 * Mai EXCELLENT on the unit's one place (seed 000 §III.3.1: under 5 leaders, one place) and Bảo GOOD, and the result
 * is announced (seed 002 §4 Bước 2–6). Then every output is read and compared with the others, not only with an
 * expectation: the self-assessment list, page, Mẫu 03 Word and PDF and JSON; Mẫu 04 and 06 as .xlsx and Word; the
 * consolidated report; the dashboard's JSON.
 * <p>
 * The self-assessments and appraisals are written by the shared test support (three tasks on axis 1), with the
 * criteria rows and the kept total a submission writes; the plans and the council are not part of this run.
 */
@DemoDataTest
class QuarterFiguresConsistencyTests {

    private static final Quarter QUARTER = new Quarter(2055, 1);
    private static final Map<String, String> CADRES = Map.of("NB014", "Lương Thị Mai", "NB015", "Hà Quốc Bảo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    DecisionService decisions;

    @Autowired
    AnnouncementService announcements;

    @Autowired
    ApplicationContext context;

    private LocalDate dayBefore;

    @BeforeEach
    void theQuarterRunThrough() {
        dayBefore = clock.today();
        removeTheYear();
        clock.setDate(LocalDate.of(2055, 3, 20));
        SubmittedSelfAssessments submitted = new SubmittedSelfAssessments(jdbc, organization, access);
        submitted.appraised("NB014", QUARTER, 3, true, "EXCELLENT");
        submitted.appraised("NB015", QUARTER, 0, true, "GOOD");
        for (String code : CADRES.keySet()) {
            long id = assessmentId(code);
            jdbc.update("""
                    insert into self_assessment_criterion (assessment_id, criterion_code, met)
                    select ?, c.code, true from scheme_criterion c
                    join scheme_criterion_group g on g.id = c.group_id join evaluation_scheme s on s.id = g.scheme_id
                    where s.code = 'AG-02-HD-TU-2026'""", id);
            // What a submission keeps: the engine's total of the content (the support writes a round 100).
            BigDecimal total = TestActors.runAs(actors.account("tochuc"),
                    () -> selfAssessments.get(id).liveScore().roundedTotal());
            jdbc.update("update self_assessment set submitted_total = ? where id = ?", total, id);
        }
        Actor phong = actors.cadre("NB013", Role.AUTHORITY, Role.UNIT_HEAD);
        TestActors.runAs(phong, () -> decisions.decide(cadre("NB014"), QUARTER, null, "EXCELLENT",
                "Vượt 3 nhiệm vụ", null));
        TestActors.runAs(phong, () -> decisions.decide(cadre("NB015"), QUARTER, null, "GOOD", null, null));
        TestActors.runAs(actors.account("tochuc"), () -> announcements.announce(unitId(), 2055, 1));
        clock.setDate(LocalDate.of(2055, 4, 10));
    }

    @AfterEach
    void removeTheYear() {
        String assessments = "select id from self_assessment where period_year = 2055";
        new RatingFixture(context).clean(QUARTER);
        jdbc.update("delete from excellent_quota_lock where period_year = 2055");
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where"
                + " self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where period_year = 2055");
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void everyOutputGivesTheSameFiguresForEachPersonAndTheUnit() throws Exception {
        Actor tochuc = actors.account("tochuc");
        Sheet mau04 = quarterly("mau-04", tochuc);
        Sheet mau06 = quarterly("mau-06", tochuc);
        List<List<String>> mau04Word = wordRows(download("/reports/quarterly/mau-04.docx?year=2055&quarter=1&unit="
                + unitId(), tochuc));
        String dashboard = json("/api/v1/dashboard?quarter=2055-Q1&unit=" + unitId(), tochuc);
        Map<String, Map<String, Object>> dashboardPeople = dashboardPeople(tochuc);

        for (Map.Entry<String, String> person : CADRES.entrySet()) {
            String name = person.getValue();
            long id = assessmentId(person.getKey());
            Actor cadre = actors.cadre(person.getKey());

            // The cadre's total: list, page, Mẫu 03 (Word, PDF) and the API.
            String listedText = listedTotal(html("/assessment/self-assessments", cadre));
            String page = html("/assessment/self-assessments/" + id, cadre);
            String word;
            String part3;
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                    download("/assessment/self-assessments/" + id + "/mau-03.docx", tochuc)))) {
                XWPFTable tasks = document.getTables().get(2);
                List<String> totals = FormReading.cells(tasks.getRow(tasks.getRows().size() - 1));
                word = totals.get(totals.size() - 1);
                StringBuilder text = new StringBuilder();
                document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
                part3 = text.toString();
            }
            String pdf;
            try (PDDocument document = Loader.loadPDF(
                    download("/assessment/self-assessments/" + id + "/mau-03.pdf", tochuc))) {
                pdf = FormReading.pdfText(document);
            }
            String api = json("/api/v1/self-assessments/" + id, tochuc);

            // The same number, whatever the output's way of printing it (100 or 100,00).
            BigDecimal listed = figure(listedText);
            assertThat(listed).as(name).isNotNull();
            assertThat(figure(find(page, "Tổng điểm khi nộp: ([0-9.,]+)"))).as(name).isEqualByComparingTo(listed);
            assertThat(figure(word)).as(name).isEqualByComparingTo(listed);
            assertThat(figure(find(pdf, "TỔNG \\(A\\) \\+ \\(B\\) = 100 ([0-9.,]+)"))).as(name)
                    .isEqualByComparingTo(listed);
            assertThat(new BigDecimal(JsonPath.read(api, "$.total").toString())).as(name)
                    .isEqualByComparingTo(listed);
            assertThat(new BigDecimal(JsonPath.read(api, "$.submittedTotal").toString())).as(name)
                    .isEqualByComparingTo(listed);
            // Every criterion met on the page as in the forms: no criterion unchosen, none unmet.
            assertThat(page).as(name).doesNotContain(">Chưa chọn<", ">Không đảm bảo<");

            // The appraised total: Mẫu 03 part III and the dashboard's person.
            Map<String, Object> onDashboard = dashboardPeople.get(name);
            assertThat(figure(find(part3, "- Chấm điểm: ([0-9.,]+) điểm"))).as(name)
                    .isEqualByComparingTo(new BigDecimal(onDashboard.get("score").toString()));

            // The level decided: Mẫu 04 (.xlsx and Word) and the dashboard; the level proposed: Mẫu 06 and Mẫu 03
            // part III (the head's proposal, else the appraisal's).
            String decided = levelName((String) onDashboard.get("decidedLevel"));
            assertThat(levelOf(mau04, name)).as(name).isEqualTo(decided);
            assertThat(wordRow(mau04Word, name).get(4)).as(name).isEqualTo(decided);
            assertThat(part3).as(name).contains("- Đề xuất xếp loại: " + levelOf(mau06, name));
        }

        // The unit's counts: Mẫu 04 (.xlsx and Word), the consolidated report and the dashboard.
        Row counted = rowOf(consolidated(tochuc).getSheet("Số lượng, tỷ lệ"), "Phòng Kinh tế");
        for (RatingLevel level : RatingLevel.values()) {
            String name = levelName(level.name());
            long inMau04 = OneTruthTests.countBelow(mau04, name);
            assertThat(wordCount(mau04Word, name)).as(name).isEqualTo(String.valueOf(inMau04));
            assertThat((long) counted.getCell(3 + 2 * level.ordinal()).getNumericCellValue()).as(name)
                    .isEqualTo(inMau04);
            // The unit's bars (the unit with and without the units below it; it has none): a level with no one
            // decided at it is left out of the counts.
            List<Map<String, Number>> bars = JsonPath.read(dashboard,
                    "$.byUnit[?(@.unitId == " + unitId() + ")].counts");
            assertThat(bars).as(name).isNotEmpty().allSatisfy(counts -> assertThat(
                    counts.getOrDefault(level.name(), 0).longValue()).isEqualTo(inMau04));
        }
        assertThat(OneTruthTests.countBelow(mau04, "Hoàn thành xuất sắc nhiệm vụ")).isEqualTo(1);
        assertThat(OneTruthTests.countBelow(mau04, "Tổng số")).isEqualTo(2);
        assertThat(OneTruthTests.countBelow(mau06, "Tổng số")).isEqualTo(OneTruthTests.countBelow(mau04, "Tổng số"));
    }

    private CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    private long unitId() {
        return organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
    }

    private long assessmentId(String code) {
        return jdbc.queryForObject("select id from self_assessment where cadre_id = ? and period_year = 2055"
                + " and period_quarter = 1", Long.class, cadre(code).value());
    }

    private String html(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(actor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String json(String path, Actor actor) throws Exception {
        return html(path, actor);
    }

    private byte[] download(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(actor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    private Sheet quarterly(String form, Actor actor) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(download("/reports/quarterly/" + form
                + ".xlsx?year=2055&quarter=1&unit=" + unitId(), actor))).getSheetAt(0);
    }

    private XSSFWorkbook consolidated(Actor actor) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(download("/reports/consolidated.xlsx?year=2055&quarter=1"
                + "&unit=" + unitId(), actor)));
    }

    /** The dashboard's people of the unit per decided level, by name. */
    private Map<String, Map<String, Object>> dashboardPeople(Actor actor) throws Exception {
        Map<String, Map<String, Object>> people = new LinkedHashMap<>();
        for (RatingLevel level : RatingLevel.values()) {
            String json = json("/api/v1/dashboard/people?quarter=2055-Q1&unit=" + unitId() + "&decided="
                    + level.name(), actor);
            List<Map<String, Object>> listed = JsonPath.read(json, "$.people");
            listed.forEach(person -> people.put((String) person.get("fullName"), person));
        }
        return people;
    }

    /** The total of the list's line for quarter I/2055. */
    private static String listedTotal(String list) {
        Matcher line = Pattern.compile("Quý I/2055</td>.*?<td class=\"text-end\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(list);
        assertThat(line.find()).as("the list's line of quarter I/2055").isTrue();
        return line.group(1).strip();
    }

    /** A figure as printed with a decimal comma (81,25), as a number. */
    private static BigDecimal figure(String printed) {
        return printed == null || printed.isBlank() ? null : new BigDecimal(printed.strip().replace(',', '.'));
    }

    private static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }

    private static String levelName(String level) {
        return switch (RatingLevel.valueOf(level)) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        };
    }

    /** The fifth column of a summary table's line for the person. */
    private static String levelOf(Sheet sheet, String name) {
        return rowOf(sheet, name).getCell(4).getStringCellValue();
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private static List<List<String>> wordRows(byte[] docx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(FormReading.cells(row));
                }
            }
        }
        return rows;
    }

    private static List<String> wordRow(List<List<String>> rows, String name) {
        return rows.stream().filter(row -> row.size() > 4 && row.get(1).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Word row for " + name));
    }

    /** The count beside a label below the Word table. */
    private static String wordCount(List<List<String>> rows, String label) {
        return rows.stream().filter(row -> row.contains(label)).map(row -> row.get(row.indexOf(label) + 1))
                .filter(text -> text.matches("\\d+")).findFirst()
                .orElseThrow(() -> new AssertionError("no Word count for " + label));
    }
}
