package vn.danhgia.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danhgia.reporting.summary.ConsolidatedReportService;
import vn.danhgia.reporting.summary.QuarterlyReportService;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Pins every cell of the province's yearly consolidated report and of the quarterly Mẫu 04, 05 and 06 for a small
 * fixed load of 2066 (and one rating of 2067): each cell's text or number and its look (font, border, alignment,
 * number format), the merged regions, column widths and row heights, written out as text and compared with the copy
 * kept under src/test/resources. The reports are streamed for speed (issue 15 §3); this is what keeps the faster
 * writers producing the same documents. When a change is meant, the new text is left in target/report-contents/ to be
 * read and copied over the kept one.
 */
@DemoDataTest
@Tag("persistence")
class ReportWorkbookContentsTests {

    private static final int YEAR = 2066;
    private static final String PEERS = "DU-VPUB-NB/DEPARTMENT_HEAD";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    ConsolidatedReportService consolidated;

    @Autowired
    QuarterlyReportService quarterly;

    private LocalDate dayBefore;

    @BeforeEach
    void theYear2066() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(YEAR + 1, 1, 10));
        // Seed 000 §III.4: a head's proposal above the decision, recorded as a discrepancy; a quarter deferred for
        // training (seed 002 §7 d) and a year exempt (seed 002 §3.3).
        rating("NB002", "VPUB-NB", 1, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", "Vượt 3 chỉ tiêu", "B/1");
        rating("NB002", "VPUB-NB", 2, "DECIDED", "EXCELLENT", "EXCELLENT", "GOOD", null, "C");
        jdbc.sql("update quarter_rating set discrepancy = true, head_comment = 'Chủ động, sáng tạo'"
                + " where period_year = :year and period_quarter = 2"
                + " and cadre_id = (select id from org_cadre where code = 'NB002')").param("year", YEAR).update();
        jdbc.sql("""
                insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected, marked_by,
                                             marked_at, version)
                values ((select id from org_cadre where code = 'NB002'), :year, 3, 'TRAINING',
                        'Học lớp bồi dưỡng 3 tháng', false, 'tochuc', current_timestamp, 0)""")
                .param("year", YEAR).update();
        jdbc.sql("""
                insert into rating_exemption (cadre_id, period_year, kind, rating_period, note, marked_by, marked_at,
                                              version)
                values ((select id from org_cadre where code = 'NB019'), :year, 'PARTY_COMMITTEE_ONLY', 'YEAR',
                        'Chỉ tham gia cấp ủy', 'tochuc', current_timestamp, 0)""").param("year", YEAR).update();
        rating("NB013", "VPUB-NB.KT", 1, "ANNOUNCED", "GOOD", "GOOD", "GOOD", null, PEERS);
        rating("NB013", "VPUB-NB.KT", 2, "DECIDED", "GOOD", "GOOD", "GOOD", null, "C");
        rating("NB013", "VPUB-NB.KT", 3, "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, "D");
        // Seed 002 §5: NOT_COMPLETED two quarters running.
        rating("NB014", "VPUB-NB.KT", 1, "DECIDED", "GOOD", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        rating("NB014", "VPUB-NB.KT", 2, "DECIDED", "GOOD", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        rating("NB014", "VPUB-NB.KT", 3, "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, null);
        long cancelled = rating("NB015", "VPUB-NB.KT", 1, "CANCELLED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null,
                null);
        long rerated = rating("NB015", "VPUB-NB.KT", 1, "DECIDED", "GOOD", "GOOD", "GOOD", null, null);
        jdbc.sql("update quarter_rating set replaces_id = :old where id = :id").param("old", cancelled)
                .param("id", rerated).update();
        rating("NB015", "VPUB-NB.KT", 2, "PROPOSED", "GOOD", "GOOD", null, null, null);
        rating("NB015", "VPUB-NB.KT", 3, "DECIDED", "COMPLETED", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        ratingOf(YEAR + 1, "NB015", "VPUB-NB.KT", 1, "DECIDED", "COMPLETED", "NOT_COMPLETED", "NOT_COMPLETED");
        // Decided by the higher authority and recorded by the office: Mẫu 05.
        long higher = rating("NB016", "VPUB-NB.KGVX", 1, "DECIDED", "GOOD", "EXCELLENT", "GOOD", null, PEERS);
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_username, actor_name, action, record_type, record_id,
                                         subject_cadre_id)
                values (current_timestamp, 'test', 'test', 'RATING_HIGHER_DECISION_RECORDED', 'QUARTER_RATING', :id,
                        (select cadre_id from quarter_rating where id = :id))""").param("id", higher).update();
        rating("NB020", "VPUB-NB.NC", 1, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, PEERS);
        jdbc.sql("update quarter_rating set force_majeure_reason = 'Bão lũ tháng 9' where period_year = :year"
                + " and cadre_id = (select id from org_cadre where code = 'NB020')").param("year", YEAR).update();
        rating("NB020", "VPUB-NB.NC", 2, "DECIDED", "GOOD", "GOOD", "GOOD", null, "C");
        rating("NB020", "VPUB-NB.NC", 3, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, "D");
        // Deadlines of quarter I: plan 25/12/2065, self-assessment before 30/03/2066.
        plan("NB013", 1, "APPROVED", "2065-12-28T10:00:00+07:00");
        assessment("NB013", 1, "2066-04-02T08:30:00+07:00");
        plan("NB014", 1, "APPROVED", "2065-12-20T10:00:00+07:00");
        assessment("NB014", 1, "2066-03-29T16:00:00+07:00");
    }

    @AfterEach
    void removeTheYear() {
        for (int year : new int[] {YEAR, YEAR + 1}) {
            jdbc.sql("""
                    delete from audit_entry where record_type = 'QUARTER_RATING' and record_id in
                        (select id from quarter_rating where period_year = :year)""").param("year", year).update();
            jdbc.sql("update quarter_rating set replaces_id = null where period_year = :year").param("year", year)
                    .update();
            jdbc.sql("delete from quarter_rating where period_year = :year").param("year", year).update();
            jdbc.sql("delete from rating_deferral where period_year = :year").param("year", year).update();
            jdbc.sql("delete from rating_exemption where period_year = :year").param("year", year).update();
            jdbc.sql("delete from self_assessment where period_year = :year").param("year", year).update();
            jdbc.sql("delete from work_plan where plan_year = :year").param("year", year).update();
        }
        clock.setDate(dayBefore);
    }

    @Test
    void theProvincesYearReportIsWrittenCellForCellAsKept() {
        byte[] file = TestActors.runAs(actors.account("admin"), () -> written(out ->
                consolidated.write(consolidated.prepare(String.valueOf(YEAR), "", null), out)));
        assertSameAsKept("consolidated-2066.txt", file);
    }

    @Test
    void aQuarterOfTheConsolidatedReportIsWrittenCellForCellAsKept() {
        byte[] file = TestActors.runAs(actors.account("tochuc"), () -> written(out ->
                consolidated.write(consolidated.prepare(String.valueOf(YEAR), "2", null), out)));
        assertSameAsKept("consolidated-2066-q2.txt", file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mau-04", "mau-05", "mau-06"})
    void theQuarterlyTablesAreWrittenCellForCellAsKept(String form) {
        byte[] file = TestActors.runAs(actors.account("admin"), () -> written(out ->
                quarterly.write(quarterly.prepare(form, String.valueOf(YEAR), "1", null), out)));
        assertSameAsKept(form + "-2066-1.txt", file);
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] written(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static void assertSameAsKept(String name, byte[] file) {
        String contents = contents(file);
        String kept;
        try (InputStream in = ReportWorkbookContentsTests.class.getResourceAsStream("contents/" + name)) {
            kept = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!contents.equals(kept)) {
                Path written = Path.of("target/report-contents", name);
                Files.createDirectories(written.getParent());
                Files.writeString(written, contents);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        assertThat(contents).as(name).isEqualTo(kept);
    }

    /** Every sheet as text: its name, widths, merged regions, then each row's height and each cell with its look. */
    static String contents(byte[] file) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                text.append("== ").append(sheet.getSheetName()).append('\n').append("widths");
                for (int column = 0; column < 13; column++) {
                    text.append(' ').append(sheet.getColumnWidth(column));
                }
                text.append('\n');
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    merged.add(region.formatAsString());
                }
                text.append("merged ").append(String.join(" ", merged)).append('\n');
                for (Row row : sheet) {
                    text.append("row ").append(row.getRowNum() + 1);
                    if (row.isFormatted() || row.getHeight() != sheet.getDefaultRowHeight()) {
                        text.append(" height ").append(row.getHeightInPoints());
                    }
                    text.append('\n');
                    for (Cell cell : row) {
                        text.append("  ").append(cell.getAddress().formatAsString()).append(' ')
                                .append(look(workbook, cell.getCellStyle())).append(' ')
                                .append(value(cell)).append('\n');
                    }
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return text.toString();
    }

    private static String look(XSSFWorkbook workbook, CellStyle style) {
        XSSFFont font = ((XSSFCellStyle) style).getFont();
        return "[" + font.getFontName() + " " + font.getFontHeightInPoints() + (font.getBold() ? " bold" : "")
                + (font.getItalic() ? " italic" : "") + " " + style.getAlignment() + "/"
                + style.getVerticalAlignment() + (style.getWrapText() ? " wrap" : "") + " borders "
                + style.getBorderTop() + "," + style.getBorderRight() + "," + style.getBorderBottom() + ","
                + style.getBorderLeft() + " format " + style.getDataFormatString() + "]";
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "\"" + cell.getStringCellValue() + "\"";
            case NUMERIC -> "n " + cell.getNumericCellValue();
            case BLANK -> "blank";
            default -> cell.getCellType() + " " + cell;
        };
    }

    private long rating(String cadreCode, String unitCode, int quarter, String status, String self, String head,
                        String decided, String decisionComment, String quotaGroup) {
        long id = ratingOf(YEAR, cadreCode, unitCode, quarter, status, self, head, decided);
        jdbc.sql("update quarter_rating set decision_comment = :comment, quota_group = :group where id = :id")
                .param("comment", decisionComment).param("group", quotaGroup).param("id", id).update();
        return id;
    }

    private long ratingOf(int year, String cadreCode, String unitCode, int quarter, String status, String self,
                          String head, String decided) {
        long cadre = cadreId(cadreCode);
        jdbc.sql("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, discrepancy, version)
                values (:cadre, :live, :unit, :year, :quarter, :status, :self, :head, :decided, false, 0)""")
                .param("cadre", cadre).param("live", "CANCELLED".equals(status) ? null : cadre)
                .param("unit", unitId(unitCode)).param("year", year).param("quarter", quarter)
                .param("status", status).param("self", self).param("head", head).param("decided", decided)
                .update();
        return jdbc.sql("select max(id) from quarter_rating where cadre_id = :cadre and period_year = :year")
                .param("cadre", cadre).param("year", year).query(Long.class).single();
    }

    private void plan(String cadreCode, int quarter, String status, String submittedAt) {
        jdbc.sql("""
                insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,
                                       submitted_at, version)
                values (:cadre, (select unit_id from quarter_rating where cadre_id = :cadre and period_year = :year
                                 and period_quarter = :quarter), :year, :quarter, 'AG-02-HD-TU-2026', :status,
                        :submitted, :submitted, 0)""")
                .param("cadre", cadreId(cadreCode)).param("year", YEAR).param("quarter", quarter)
                .param("status", status).param("submitted", OffsetDateTime.parse(submittedAt)).update();
    }

    private void assessment(String cadreCode, int quarter, String submittedAt) {
        jdbc.sql("""
                insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                                             created_at, submitted_at, version)
                values (:cadre, (select unit_id from quarter_rating where cadre_id = :cadre and period_year = :year
                                 and period_quarter = :quarter), :year, :quarter, 'AG-02-HD-TU-2026', 'SUBMITTED',
                        :submitted, :submitted, 0)""")
                .param("cadre", cadreId(cadreCode)).param("year", YEAR).param("quarter", quarter)
                .param("submitted", OffsetDateTime.parse(submittedAt)).update();
    }

    private long cadreId(String code) {
        return jdbc.sql("select id from org_cadre where code = :code").param("code", code).query(Long.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = :code").param("code", code).query(Long.class).single();
    }
}
