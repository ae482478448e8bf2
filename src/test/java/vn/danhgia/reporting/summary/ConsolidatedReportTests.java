package vn.danhgia.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The consolidated report for a year and a quarter, read back from the .xlsx with POI. Ratings, plans,
 * self-assessments and a deferral of 2036 (and one rating of 2037), which no other test uses, are written straight
 * into the tables and removed after; the clock stands on 10/01/2037, after the year. The scheme in force is the
 * shipped default AG-02-HD-TU-2026: plan "chậm nhất đến ngày 25 tháng cuối của quý trước" (seed 002 §4 Bước 1), the
 * self-assessment "trước ngày 30 tháng cuối của mỗi quý" (seed 002 Mẫu 03).
 */
@DemoDataTest
class ConsolidatedReportTests {

    private static final int YEAR = 2036;
    private static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
    private static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    private static final String COMPLETED = "Hoàn thành nhiệm vụ";
    private static final String NOT_COMPLETED = "Không hoàn thành nhiệm vụ";
    private static final String DEPARTMENT_HEADS = "DU-VPUB-NB/DEPARTMENT_HEAD";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    StatementCounter statements;

    @Autowired
    ConsolidatedReportService reports;

    private LocalDate dayBefore;

    @BeforeEach
    void theYear2036() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2037, 1, 10));
        // Phó Chánh Văn phòng: EXCELLENT in quarter I; in quarter II the head proposed EXCELLENT and the authority
        // decided GOOD, the discrepancy recorded (seed 000 §III.4); away for training in quarter III (seed 002 §7 d).
        rating("NB002", "VPUB-NB", 1, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", "Vượt 3 chỉ tiêu", "B/1");
        rating("NB002", "VPUB-NB", 2, "DECIDED", "EXCELLENT", "EXCELLENT", "GOOD", null, "C");
        jdbc.sql("update quarter_rating set discrepancy = true where period_year = :year and period_quarter = 2"
                + " and cadre_id = (select id from org_cadre where code = 'NB002')").param("year", YEAR).update();
        jdbc.sql("""
                insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected, marked_by,
                                             marked_at, version)
                values ((select id from org_cadre where code = 'NB002'), :year, 3, 'TRAINING',
                        'Học lớp bồi dưỡng 3 tháng', false, 'tochuc', current_timestamp, 0)""")
                .param("year", YEAR).update();
        // Trưởng phòng Kinh tế: proposed themselves GOOD in quarter III, decided COMPLETED.
        rating("NB013", "VPUB-NB.KT", 1, "ANNOUNCED", "GOOD", "GOOD", "GOOD", null, DEPARTMENT_HEADS);
        rating("NB013", "VPUB-NB.KT", 2, "DECIDED", "GOOD", "GOOD", "GOOD", null, "C");
        rating("NB013", "VPUB-NB.KT", 3, "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, "D");
        // Phó Trưởng phòng: NOT_COMPLETED in quarters I and II (seed 002 §5: replace at once).
        rating("NB014", "VPUB-NB.KT", 1, "DECIDED", "GOOD", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        rating("NB014", "VPUB-NB.KT", 2, "DECIDED", "GOOD", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        rating("NB014", "VPUB-NB.KT", 3, "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, null);
        // Quarter I cancelled after a complaint and re-rated GOOD; quarter II only proposed; quarter III and the next
        // year's quarter I NOT_COMPLETED, which are not consecutive: the year-end rating lies between (seed 000 §I.2.2).
        long cancelled = rating("NB015", "VPUB-NB.KT", 1, "CANCELLED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null,
                null);
        long rerated = rating("NB015", "VPUB-NB.KT", 1, "DECIDED", "GOOD", "GOOD", "GOOD", null, null);
        jdbc.sql("update quarter_rating set replaces_id = :old where id = :id").param("old", cancelled)
                .param("id", rerated).update();
        rating("NB015", "VPUB-NB.KT", 2, "PROPOSED", "GOOD", "GOOD", null, null, null);
        rating("NB015", "VPUB-NB.KT", 3, "DECIDED", "COMPLETED", "NOT_COMPLETED", "NOT_COMPLETED", null, null);
        ratingOf(YEAR + 1, "NB015", "VPUB-NB.KT", 1, "DECIDED", "COMPLETED", "NOT_COMPLETED", "NOT_COMPLETED");
        // Decided by the higher authority and recorded by the office: Mẫu 05.
        long higher = rating("NB016", "VPUB-NB.KGVX", 1, "DECIDED", "GOOD", "EXCELLENT", "GOOD", null,
                DEPARTMENT_HEADS);
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_username, actor_name, action, record_type, record_id,
                                         subject_cadre_id)
                values (current_timestamp, 'test', 'test', 'RATING_HIGHER_DECISION_RECORDED', 'QUARTER_RATING', :id,
                        (select cadre_id from quarter_rating where id = :id))""").param("id", higher).update();
        rating("NB020", "VPUB-NB.NC", 1, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, DEPARTMENT_HEADS);
        rating("NB020", "VPUB-NB.NC", 2, "DECIDED", "GOOD", "GOOD", "GOOD", null, "C");
        rating("NB020", "VPUB-NB.NC", 3, "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, "D");
        // Plans and self-assessments of quarter I: deadlines 25/12/2035 (plan) and 29/03/2036 (self-assessment).
        plan("NB013", 1, "APPROVED", "2035-12-28T10:00:00+07:00");
        assessment("NB013", 1, "2036-04-02T08:30:00+07:00");
        plan("NB014", 1, "APPROVED", "2035-12-20T10:00:00+07:00");
        assessment("NB014", 1, "2036-03-29T16:00:00+07:00");
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
            jdbc.sql("delete from deadline_extension where period_year = :year").param("year", year).update();
            jdbc.sql("delete from self_assessment where period_year = :year").param("year", year).update();
            jdbc.sql("delete from work_plan where plan_year = :year").param("year", year).update();
        }
        clock.setDate(dayBefore);
    }

    @Test
    void theYearlyMau04ListsEachCadresDecidedLevelPerQuarterWithDeferredQuartersMarked() throws Exception {
        byte[] file = mvc.perform(download("2036", "", null).with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-tong-hop-nam-2036.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(sheetNames(workbook)).containsExactly("Mẫu 04 cả năm", "Mẫu 05 cả năm", "Mẫu 06 cả năm",
                    "Số lượng, tỷ lệ", "Tỷ lệ xuất sắc", "Nộp muộn", "Chênh lệch mức", "Cảnh báo");
            // Seed 002 §4 Bước 5–6: the summary tables (Mẫu 05, 06) and the results reported upwards (Mẫu 04), here
            // with one column per quarter.
            Sheet mau04 = workbook.getSheet("Mẫu 04 cả năm");
            assertThat(allText(mau04)).contains("Mẫu số 04", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "BÁO CÁO TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÁC QUÝ NĂM 2036", "Mức xếp loại quý III");
            assertThat(names(mau04)).containsExactly("Phạm Thị Thu Hà", "Hà Quốc Bảo", "Lương Thị Mai",
                    "Trịnh Đình Phong", "Phan Anh Dũng");
            assertThat(cells(rowOf(mau04, "Phạm Thị Thu Hà"), 2, 7)).containsExactly(
                    "Phó Chánh Văn phòng, Văn phòng UBND tỉnh Ninh Bình", EXCELLENT, GOOD, "Lùi sang quý sau", null,
                    "Quý I: Vượt 3 chỉ tiêu");
            // The cancelled EXCELLENT is not counted; the re-rating is. Quarter II is not decided yet.
            assertThat(cells(rowOf(mau04, "Hà Quốc Bảo"), 3, 6)).containsExactly(GOOD, null, NOT_COMPLETED, null);
            assertThat(cells(rowOf(mau04, "Lương Thị Mai"), 3, 5)).containsExactly(NOT_COMPLETED, NOT_COMPLETED,
                    COMPLETED);
            // Counts under each quarter's column.
            assertThat(countsUnder(mau04, EXCELLENT)).containsExactly(2.0, 0.0, 1.0, 0.0);
            assertThat(countsUnder(mau04, GOOD)).containsExactly(2.0, 3.0, 0.0, 0.0);
            assertThat(countsUnder(mau04, NOT_COMPLETED)).containsExactly(1.0, 1.0, 1.0, 0.0);

            Sheet mau05 = workbook.getSheet("Mẫu 05 cả năm");
            assertThat(names(mau05)).containsExactly("Mai Thị Phương Thảo");
            assertThat(cells(rowOf(mau05, "Mai Thị Phương Thảo"), 3, 3)).containsExactly(EXCELLENT);
            // Mẫu 06 holds the head's proposals: quarter II of Hà Quốc Bảo is proposed GOOD.
            Sheet mau06 = workbook.getSheet("Mẫu 06 cả năm");
            assertThat(cells(rowOf(mau06, "Hà Quốc Bảo"), 3, 5)).containsExactly(GOOD, GOOD, NOT_COMPLETED);
        }
    }

    @Test
    void countsAndSharesPerUnitRoundHalfUpToOneDecimalAndAddUpInTheTotals() throws Exception {
        Sheet counts = workbook(actors.account("tochuc"), "2036", "", null).getSheet("Số lượng, tỷ lệ");

        assertThat(allText(counts)).contains("SỐ LƯỢNG, TỶ LỆ THEO MỨC XẾP LOẠI VÀ THEO ĐƠN VỊ NĂM 2036");
        // Columns: rated | EXCELLENT n, % | GOOD n, % | COMPLETED n, % | NOT_COMPLETED n, % | undecided.
        assertThat(numbers(rowOf(counts, "Văn phòng UBND tỉnh Ninh Bình"), 2, 11))
                .containsExactly(2.0, 1.0, 50.0, 1.0, 50.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        // Phòng Kinh tế: 9 live ratings, 8 decided; the cancelled one is not counted.
        assertThat(numbers(rowOf(counts, "Phòng Kinh tế"), 2, 11))
                .containsExactly(9.0, 0.0, 0.0, 3.0, 37.5, 2.0, 25.0, 3.0, 37.5, 1.0);
        // 2 of 3 = 66.67 → 66.7 and 1 of 3 = 33.33 → 33.3: they add up to 100.0.
        assertThat(numbers(rowOf(counts, "Phòng Nội chính"), 2, 11))
                .containsExactly(3.0, 2.0, 66.7, 1.0, 33.3, 0.0, 0.0, 0.0, 0.0, 0.0);
        // Totals: 3, 6, 2, 3 of 14 decided → 21.4, 42.9, 14.3, 21.4 (= 100.0).
        assertThat(numbers(rowOf(counts, "Tổng cộng"), 2, 11))
                .containsExactly(15.0, 3.0, 21.4, 6.0, 42.9, 2.0, 14.3, 3.0, 21.4, 1.0);
    }

    @Test
    void sharesAreRoundedHalfUpNotToEven() {
        assertThat(ConsolidatedWorkbook.share(1, 16)).isEqualByComparingTo(new BigDecimal("6.3"));
        assertThat(ConsolidatedWorkbook.share(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(ConsolidatedWorkbook.share(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
    }

    @Test
    void quotaComplianceFlagsGroupsOverAndUnderTheirExcellentPlaces() throws Exception {
        Sheet quota = workbook(actors.account("tochuc"), "2036", "", null).getSheet("Tỷ lệ xuất sắc");

        // Seed 000 §III.3.1, seed 002 §6.1: 20 % of those GOOD or better, 0.5 rounds up. Three department heads of
        // different units, all GOOD or better: round(0.6) = 1 place, one EXCELLENT.
        assertThat(quotaRow(quota, DEPARTMENT_HEADS, "I")).containsExactly(3.0, 3.0, 1.0, 1.0, "Đúng số suất");
        // The Phó Chánh Văn phòng alone in the office's group: under 5 leaders, all GOOD, one place (small unit).
        assertThat(quotaRow(quota, "B/1", "I")).containsExactly(1.0, 1.0, 1.0, 1.0, "Đúng số suất");
        // Three GOOD across units: one place left unused.
        assertThat(quotaRow(quota, "C", "II")).containsExactly(3.0, 3.0, 1.0, 0.0, "Chưa dùng hết số suất");
        // One GOOD or better across two units: round(0.2) = 0 places, yet one EXCELLENT — never by the application.
        assertThat(quotaRow(quota, "D", "III")).containsExactly(2.0, 1.0, 0.0, 1.0,
                "Vượt số suất cho phép: cần kiểm tra lại");
    }

    @Test
    void lateSubmissionsCountTheDaysAfterTheSchemesDeadline() throws Exception {
        Sheet late = workbook(actors.account("tochuc"), "2036", "1", null).getSheet("Nộp muộn");

        assertThat(allText(late)).contains("KẾ HOẠCH CÔNG TÁC VÀ BẢN TỰ ĐÁNH GIÁ NỘP MUỘN QUÝ I/2036");
        // Submitted on 28/12/2035 for a plan due by 25/12/2035 (seed 002 §4 Bước 1): three days late.
        assertThat(lateRow(late, "Trịnh Đình Phong", "Kế hoạch công tác (Mẫu 01)"))
                .containsExactly("I", "25/12/2035", "28/12/2035", 3.0, "Nộp muộn");
        // Due before 30/03/2036, submitted 02/04/2036: four days after the last day in time, 29/03/2036.
        assertThat(lateRow(late, "Trịnh Đình Phong", "Bản tự đánh giá (Mẫu 03)"))
                .containsExactly("I", "29/03/2036", "02/04/2036", 4.0, "Nộp muộn");
        // In time: not listed. Never submitted: counted to today, 10/01/2037.
        assertThat(lateRows(late, "Lương Thị Mai")).isEmpty();
        assertThat(lateRow(late, "Hà Quốc Bảo", "Kế hoạch công tác (Mẫu 01)"))
                .containsExactly("I", "25/12/2035", null, 382.0, "Chưa nộp");
    }

    /** Issue 12: each step is late against its own extension (gia hạn), where one was granted. */
    @Test
    void lateSubmissionsCountFromTheExtensionOfTheirOwnStep() throws Exception {
        // The self-assessment extended to 05/04/2036: submitted 02/04/2036, in time; his plan still three days late.
        extension("NB013", "SELF_ASSESSMENT", LocalDate.of(2036, 4, 5));
        // The plan extended to 10/01/2036 and still not submitted: counted from the extension's last day.
        extension("NB015", "PLAN", LocalDate.of(2036, 1, 10));

        Sheet late = workbook(actors.account("tochuc"), "2036", "1", null).getSheet("Nộp muộn");

        assertThat(lateRows(late, "Trịnh Đình Phong")).containsExactly("Kế hoạch công tác (Mẫu 01)");
        assertThat(lateRow(late, "Trịnh Đình Phong", "Kế hoạch công tác (Mẫu 01)"))
                .containsExactly("I", "25/12/2035", "28/12/2035", 3.0, "Nộp muộn");
        assertThat(lateRow(late, "Hà Quốc Bảo", "Kế hoạch công tác (Mẫu 01)"))
                .containsExactly("I", "10/01/2036", null, 366.0, "Chưa nộp");
    }

    @Test
    void aDeferredQuarterAsksForNoSelfAssessmentButStillForAPlan() throws Exception {
        Sheet late = workbook(actors.account("tochuc"), "2036", "3", null).getSheet("Nộp muộn");

        // Seed 002 §7 d): Phạm Thị Thu Hà's quarter III is deferred.
        assertThat(lateRows(late, "Phạm Thị Thu Hà")).containsExactly("Kế hoạch công tác (Mẫu 01)");
        assertThat(lateRows(late, "Hà Quốc Bảo")).containsExactly("Kế hoạch công tác (Mẫu 01)",
                "Bản tự đánh giá (Mẫu 03)");
    }

    @Test
    void discrepanciesCompareTheHeadsAndTheOwnProposalWithTheDecision() throws Exception {
        Sheet sheet = workbook(actors.account("tochuc"), "2036", "", null).getSheet("Chênh lệch mức");

        // Units by code (the office, KGVX, KT), Vietnamese name order inside a unit, quarters in order.
        assertThat(numberedRows(sheet, 1)).containsExactly("Phạm Thị Thu Hà", "Mai Thị Phương Thảo", "Hà Quốc Bảo",
                "Lương Thị Mai", "Lương Thị Mai", "Lương Thị Mai", "Trịnh Đình Phong");
        Row ha = rowOf(sheet, "Phạm Thị Thu Hà");
        assertThat(cells(ha, 3, 7)).containsExactly("II", EXCELLENT, EXCELLENT, GOOD,
                "Người đứng đầu đề xuất cao hơn mức được quyết định; Cá nhân tự đề xuất cao hơn mức được quyết định;"
                        + " Đã ghi nhận trách nhiệm của người đứng đầu khi quyết định");
        assertThat(cells(rowOf(sheet, "Trịnh Đình Phong"), 3, 7)).containsExactly("III", GOOD, COMPLETED, COMPLETED,
                "Cá nhân tự đề xuất cao hơn mức được quyết định");
    }

    @Test
    void twoConsecutiveNotCompletedQuartersRaiseAReplacementAlertAndOneRulesOutExcellentForTheYear()
            throws Exception {
        Sheet alerts = workbook(actors.account("tochuc"), "2036", "", null).getSheet("Cảnh báo");

        // Seed 002 §5: "Thực hiện ngay việc thay thế … Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên" and
        // "có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc nhiệm vụ".
        assertThat(alertRows(alerts)).containsExactly(
                List.of("Hà Quốc Bảo", "Phòng Kinh tế", "Không xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2036",
                        "Không hoàn thành nhiệm vụ: Quý III/2036"),
                List.of("Lương Thị Mai", "Phòng Kinh tế", "Thay thế ngay: Không hoàn thành nhiệm vụ 2 quý liên tiếp",
                        "Từ quý I/2036 đến quý II/2036"),
                List.of("Lương Thị Mai", "Phòng Kinh tế", "Không xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2036",
                        "Không hoàn thành nhiệm vụ: Quý I/2036, Quý II/2036"));
    }

    @Test
    void aQuarterReportHasNoYearlyTablesAndCountsOnlyThatQuarter() throws Exception {
        XSSFWorkbook workbook = workbook(actors.account("tochuc"), "2036", "2", null);

        assertThat(sheetNames(workbook)).containsExactly("Số lượng, tỷ lệ", "Tỷ lệ xuất sắc", "Nộp muộn",
                "Chênh lệch mức", "Cảnh báo");
        assertThat(numbers(rowOf(workbook.getSheet("Số lượng, tỷ lệ"), "Tổng cộng"), 2, 11))
                .containsExactly(5.0, 0.0, 0.0, 3.0, 75.0, 0.0, 0.0, 1.0, 25.0, 1.0);
        // Quarter II is in Lương Thị Mai's run; Hà Quốc Bảo's NOT_COMPLETED (quarter III) is after the period.
        assertThat(alertRows(workbook.getSheet("Cảnh báo"))).extracting(row -> row.get(0))
                .containsExactly("Lương Thị Mai", "Lương Thị Mai");
    }

    @Test
    void aUnitHeadGetsTheUnitsTheyLeadAndANarrowedUnitNamesTheBody() throws Exception {
        XSSFWorkbook workbook = workbook(actors.account("truongphong"), "2036", "", null);
        assertThat(names(workbook.getSheet("Mẫu 04 cả năm"))).containsExactly("Hà Quốc Bảo", "Lương Thị Mai",
                "Trịnh Đình Phong");
        assertThat(numberedRows(workbook.getSheet("Số lượng, tỷ lệ"), 1)).containsExactly("Phòng Kinh tế");

        long nc = unitId("VPUB-NB.NC");
        Sheet narrowed = workbook(actors.account("tochuc"), "2036", "", nc).getSheet("Mẫu 04 cả năm");
        assertThat(text(narrowed, 0, 0)).isEqualTo("PHÒNG NỘI CHÍNH");
        assertThat(names(narrowed)).containsExactly("Phan Anh Dũng");
    }

    @Test
    void anAuthorityGetsTheCadresItManagesAndTheAdministratorTheProvince() throws Exception {
        // Seed 000 §III.1.1: the office leadership decides for the Phó Chánh Văn phòng and the department heads.
        Actor authority = actors.cadre("NB001", Role.AUTHORITY);
        assertThat(names(workbook(authority, "2036", "", null).getSheet("Mẫu 04 cả năm")))
                .containsExactly("Phạm Thị Thu Hà", "Trịnh Đình Phong", "Phan Anh Dũng");

        Sheet province = workbook(actors.account("admin"), "2036", "", null).getSheet("Mẫu 04 cả năm");
        assertThat(text(province, 0, 0)).isEqualTo("TOÀN TỈNH");
        assertThat(names(province)).hasSize(5);
    }

    @Test
    void cadresNotRatedInTheYearBecauseDeferredOrExemptAreListedWithTheReason() throws Exception {
        // Seed 002 §3.3: a party-committee member without professional duties is not rated quarterly; seed 002 §7 d):
        // a quarter deferred for training.
        jdbc.sql("""
                insert into rating_exemption (cadre_id, period_year, kind, rating_period, note, marked_by, marked_at,
                                              version)
                values ((select id from org_cadre where code = 'NB019'), :year, 'PARTY_COMMITTEE_ONLY', 'YEAR',
                        'Chỉ tham gia cấp ủy', 'tochuc', current_timestamp, 0)""").param("year", YEAR).update();
        jdbc.sql("""
                insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected, marked_by,
                                             marked_at, version)
                values ((select id from org_cadre where code = 'NB017'), :year, 1, 'TRAINING',
                        'Học lớp bồi dưỡng 3 tháng', false, 'tochuc', current_timestamp, 0)""")
                .param("year", YEAR).update();

        XSSFWorkbook workbook = workbook(actors.account("admin"), "2036", "", null);
        Sheet mau04 = workbook.getSheet("Mẫu 04 cả năm");
        assertThat(cells(rowOf(mau04, "Quách Thị Huyền"), 3, 6)).containsOnly("Không đánh giá hằng quý");
        assertThat(cells(rowOf(mau04, "Võ Thành Trung"), 3, 6)).containsExactly("Lùi sang quý sau", null, null,
                null);
        // Mẫu 05 lists the cadres a higher authority decides for; neither is one.
        assertThat(names(workbook.getSheet("Mẫu 05 cả năm"))).containsExactly("Mai Thị Phương Thảo");
    }

    @Test
    void aHeadOfAnotherUnitSeesNoneOfTheseCadres() throws Exception {
        // Head of the Phòng Hành chính – Tổ chức's neighbour with no rating of 2036 in the units they lead.
        Actor stranger = actors.cadre("NB040", Role.UNIT_HEAD);
        XSSFWorkbook workbook = workbook(stranger, "2036", "", null);
        for (int sheet = 0; sheet < workbook.getNumberOfSheets(); sheet++) {
            assertThat(numberedRows(workbook.getSheetAt(sheet), 1)).as(workbook.getSheetName(sheet))
                    .doesNotContain("Phạm Thị Thu Hà", "Lương Thị Mai", "Phan Anh Dũng", "Phòng Kinh tế");
        }
    }

    @Test
    void peopleWithoutAReportingRoleAreRefusedInVietnameseAndNothingIsStored() throws Exception {
        long before = storedRows();
        for (String username : List.of("canbo", "hoidong", "kiemtra")) {
            String page = mvc.perform(download("2036", "", null).with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Bảng tổng hợp xếp loại chỉ dành cho cán bộ tổ chức, người đứng đầu đơn vị,"
                    + " cấp có thẩm quyền và quản trị hệ thống.");
            mvc.perform(get("/reports").with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden());
        }
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void badParametersAreABadRequestPageInVietnamese() throws Exception {
        Actor tochuc = actors.account("tochuc");
        long before = storedRows();
        Map<MockHttpServletRequestBuilder, String> cases = Map.of(
                download("hai nghìn", "", null), "Năm \"hai nghìn\" không hợp lệ; hãy nhập năm từ 2000 đến 2200.",
                download("2036", "5", null), "Quý \"5\" không hợp lệ; hãy chọn quý 1, 2, 3 hoặc 4.",
                download("1999", "", null), "Năm \"1999\" không hợp lệ",
                download("2036", "", null).param("unit", "999999"), "Không có đơn vị mã số 999999.",
                download("2036", "", null).param("unit", "abc"), "Không có đơn vị mã số abc.");
        for (var request : cases.entrySet()) {
            String page = mvc.perform(request.getKey().with(TestActors.as(tochuc)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(request.getValue().replace("\"", "&quot;"));
        }
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void theReportsPageOffersThePeriodAndTheUnitsInScope() throws Exception {
        String page = mvc.perform(get("/reports").with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Báo cáo tổng hợp kết quả đánh giá, xếp loại", "action=\"/reports/consolidated.xlsx\"",
                "Cả năm", "Quý IV", "Năm 2037", "Phòng Kinh tế", "id=\"nav-reports\"")
                .doesNotContain("Phòng Nội chính");
    }

    /** The administrator reports on the whole province, so the menu leads them to the reports page too. */
    @Test
    void theAdministratorsMenuLeadsToTheReports() throws Exception {
        String page = mvc.perform(get("/reports").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"nav-reports\"", "id=\"nav-dashboard\"");
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfCadres() {
        Actor admin = actors.account("admin");
        int withTheFixture = statementsForYearReport(admin);
        // Twenty more cadres rated in every quarter: the same statements read them.
        for (int number = 21; number <= 40; number++) {
            String code = String.format("NB%03d", number);
            for (int quarter = 1; quarter <= 3; quarter++) {
                ratingOfAnyUnit(code, quarter);
            }
        }
        assertThat(statementsForYearReport(admin)).isEqualTo(withTheFixture);
    }

    private int statementsForYearReport(Actor actor) {
        return statements.count(() -> TestActors.runAs(actor, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                reports.write(reports.prepare("2036", "", null), out);
                return out.size();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }));
    }

    private long storedRows() {
        return jdbc.sql("select (select count(*) from quarter_rating) + (select count(*) from work_plan)"
                + " + (select count(*) from self_assessment) + (select count(*) from rating_deferral)")
                .query(Long.class).single();
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

    /** A GOOD rating in the unit of the cadre's first post, for the statement count. */
    private void ratingOfAnyUnit(String cadreCode, int quarter) {
        jdbc.sql("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, discrepancy, version)
                select c.id, c.id, min(p.unit_id), :year, :quarter, 'DECIDED', 'GOOD', 'GOOD', 'GOOD', false, 0
                from org_cadre c join org_appointment a on a.cadre_id = c.id join org_position p on p.id = a.position_id
                where c.code = :code group by c.id""")
                .param("year", YEAR).param("quarter", quarter).param("code", cadreCode).update();
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

    private static MockHttpServletRequestBuilder download(String year, String quarter, Long unit) {
        MockHttpServletRequestBuilder request = get("/reports/consolidated.xlsx").param("year", year)
                .param("quarter", quarter);
        return unit == null ? request : request.param("unit", String.valueOf(unit));
    }

    private XSSFWorkbook workbook(Actor actor, String year, String quarter, Long unit) throws Exception {
        byte[] file = mvc.perform(download(year, quarter, unit).with(TestActors.as(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Column B of the numbered rows (a number in column A), in order. */
    private static List<String> names(Sheet sheet) {
        return numberedRows(sheet, 1);
    }

    private static List<String> numberedRows(Sheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            if (numbered(row)) {
                texts.add(row.getCell(column).getStringCellValue());
            }
        }
        return texts;
    }

    private static boolean numbered(Row row) {
        Cell number = row.getCell(0);
        return number != null && number.getCellType() == CellType.NUMERIC;
    }

    /** The first row whose column B holds the text (a numbered row or the totals row). */
    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    /** The texts of columns first..last, null for a blank cell. */
    private static List<String> cells(Row row, int first, int last) {
        List<String> texts = new ArrayList<>();
        for (int column = first; column <= last; column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue());
        }
        return texts;
    }

    private static List<Double> numbers(Row row, int first, int last) {
        List<Double> values = new ArrayList<>();
        for (int column = first; column <= last; column++) {
            values.add(row.getCell(column).getNumericCellValue());
        }
        return values;
    }

    /** The per-quarter counts next to a level's name in the summary below a yearly table. */
    private static List<Double> countsUnder(Sheet sheet, String level) {
        for (Row row : sheet) {
            Cell label = row.getCell(2);
            if (!numbered(row) && label != null && label.getCellType() == CellType.STRING
                    && level.equals(label.getStringCellValue()) && row.getCell(3) != null
                    && row.getCell(3).getCellType() == CellType.NUMERIC) {
                return numbers(row, 3, 6);
            }
        }
        throw new AssertionError("no counts for " + level);
    }

    /** Decided, GOOD or better, places, EXCELLENT decided, verdict of a group in a quarter. */
    private static List<Object> quotaRow(Sheet sheet, String group, String quarter) {
        for (Row row : sheet) {
            if (numbered(row) && group.equals(row.getCell(1).getStringCellValue())
                    && quarter.equals(row.getCell(2).getStringCellValue())) {
                return List.of(row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue(),
                        row.getCell(5).getNumericCellValue(), row.getCell(6).getNumericCellValue(),
                        row.getCell(7).getStringCellValue());
            }
        }
        throw new AssertionError("no quota row for " + group + " in quarter " + quarter);
    }

    /** An extension of the cadre's step in quarter I of the year, late from the next day's start in Vietnam. */
    private void extension(String cadreCode, String step, LocalDate lastDay) {
        jdbc.sql("""
                insert into deadline_extension (cadre_id, step, period_year, period_quarter, last_day, late_from,
                                                reason, granted_by, granted_at, version)
                values (:cadre, :step, :year, 1, :lastDay, :lateFrom, 'Ốm dài ngày', 'test', current_timestamp, 0)
                """).param("cadre", cadreId(cadreCode)).param("step", step).param("year", YEAR)
                .param("lastDay", lastDay)
                .param("lateFrom", lastDay.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toOffsetDateTime())
                .update();
    }

    /** Quarter, deadline, day submitted, days late, status of a cadre's late step. */
    private static List<Object> lateRow(Sheet sheet, String name, String step) {
        for (Row row : sheet) {
            if (numbered(row) && name.equals(row.getCell(1).getStringCellValue())
                    && step.equals(row.getCell(4).getStringCellValue())) {
                List<Object> values = new ArrayList<>();
                values.add(row.getCell(3).getStringCellValue());
                values.add(row.getCell(5).getStringCellValue());
                Cell submitted = row.getCell(6);
                values.add(submitted.getCellType() == CellType.BLANK ? null : submitted.getStringCellValue());
                values.add(row.getCell(7).getNumericCellValue());
                values.add(row.getCell(8).getStringCellValue());
                return values;
            }
        }
        throw new AssertionError("no late row for " + name + ", " + step);
    }

    /** The steps a cadre is listed late for. */
    private static List<String> lateRows(Sheet sheet, String name) {
        List<String> steps = new ArrayList<>();
        for (Row row : sheet) {
            if (numbered(row) && name.equals(row.getCell(1).getStringCellValue())) {
                steps.add(row.getCell(4).getStringCellValue());
            }
        }
        return steps;
    }

    private static List<List<String>> alertRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (numbered(row)) {
                rows.add(cells(row, 1, 4));
            }
        }
        return rows;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> allText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts.stream().filter(Objects::nonNull).toList();
    }
}
