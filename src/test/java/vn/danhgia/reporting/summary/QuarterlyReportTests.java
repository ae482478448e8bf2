package vn.danhgia.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.danhgia.support.TestActors;

/**
 * The Mẫu 04/05/06 summary tables (seed 002 §4 Bước 5: "Bảng tổng hợp (cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản
 * lý tổng hợp đề nghị theo Mẫu số 05; cán bộ thuộc diện cơ quan, đơn vị, địa phương được phân cấp quản lý tổng hợp đề
 * nghị theo Mẫu số 06)"; Bước 6: "báo cáo kết quả xếp loại … theo Mẫu số 04"), read back from the .xlsx. Ratings of
 * quarter III/2033, which no other test uses, are written straight into quarter_rating and removed after.
 */
@DemoDataTest
class QuarterlyReportTests {

    private static final int YEAR = 2033;
    private static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
    private static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    private static final String COMPLETED = "Hoàn thành nhiệm vụ";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @BeforeEach
    void ratingsOfQuarterThree2033() {
        // Chánh Văn phòng: the standing committee decides (seed 000 §III.1.1), so the office proposes upwards.
        rating("NB001", "VPUB-NB", "PROPOSED_UPWARD", "GOOD", "GOOD", null, "Đề nghị cấp trên", null);
        rating("NB002", "VPUB-NB", "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, "Vượt 3 chỉ tiêu");
        rating("NB013", "VPUB-NB.KT", "ANNOUNCED", "EXCELLENT", "GOOD", "GOOD", null, null);
        rating("NB014", "VPUB-NB.KT", "PROPOSED", "GOOD", "COMPLETED", null, "Chậm 1 nhiệm vụ", null);
        long cancelled = rating("NB015", "VPUB-NB.KT", "CANCELLED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, null);
        long rerated = rating("NB015", "VPUB-NB.KT", "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, null);
        jdbc.sql("update quarter_rating set replaces_id = :old where id = :id").param("old", cancelled)
                .param("id", rerated).update();
        // Decided by the higher authority and recorded by the office: it stays on Mẫu 05.
        long higher = rating("NB016", "VPUB-NB.KGVX", "DECIDED", "GOOD", "EXCELLENT", "GOOD", null, null);
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_username, actor_name, action, record_type, record_id,
                                         subject_cadre_id)
                values (current_timestamp, 'test', 'test', 'RATING_HIGHER_DECISION_RECORDED', 'QUARTER_RATING', :id,
                        (select cadre_id from quarter_rating where id = :id))""").param("id", higher).update();
        rating("NB020", "VPUB-NB.NC", "DECIDED", "GOOD", "GOOD", "GOOD", null, null);
    }

    @AfterEach
    void removeRatings() {
        jdbc.sql("""
                delete from audit_entry where record_type = 'QUARTER_RATING' and record_id in
                    (select id from quarter_rating where period_year = :year)""").param("year", YEAR).update();
        jdbc.sql("update quarter_rating set replaces_id = null where period_year = :year").param("year", YEAR)
                .update();
        jdbc.sql("delete from quarter_rating where period_year = :year").param("year", YEAR).update();
    }

    @Test
    void mau04ReportsTheDecidedLevelsOfTheBodysOwnCadresWithCountsPerLevel() throws Exception {
        byte[] file = mvc.perform(download("mau-04", "2033", "3").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-04-quy-3-2033.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 4)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(text(sheet, 1, 4)).isEqualTo("Mẫu số 04");
            assertThat(allText(sheet)).contains("BÁO CÁO TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI QUÝ III/2033",
                    "ĐỐI VỚI CÁN BỘ LÃNH ĐẠO, QUẢN LÝ THUỘC DIỆN CƠ QUAN, ĐƠN VỊ ĐƯỢC PHÂN CẤP QUẢN LÝ",
                    "Cá nhân tự đề xuất mức xếp loại",
                    "Ghi chú: Biểu này gửi về Ban Tổ chức Tỉnh ủy trước ngày 30 tháng cuối của mỗi quý.");
            // Units by code (the office, then KT and NC below it), Vietnamese name order inside a unit.
            assertThat(names(sheet)).containsExactly("Phạm Thị Thu Hà", "Hà Quốc Bảo", "Lương Thị Mai",
                    "Trịnh Đình Phong", "Phan Anh Dũng");
            Row ha = rowOf(sheet, "Phạm Thị Thu Hà");
            assertThat(ha.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(ha.getCell(2).getStringCellValue()).isEqualTo("Phó Chánh Văn phòng, Văn phòng UBND tỉnh Ninh Bình");
            assertThat(ha.getCell(3).getStringCellValue()).isEqualTo(EXCELLENT);
            assertThat(ha.getCell(4).getStringCellValue()).isEqualTo(EXCELLENT);
            assertThat(ha.getCell(5).getStringCellValue()).isEqualTo("Vượt 3 chỉ tiêu");
            // The cancelled rating is gone; the re-rating is reported. Not decided yet: the level is blank.
            assertThat(rowOf(sheet, "Hà Quốc Bảo").getCell(4).getStringCellValue()).isEqualTo(COMPLETED);
            assertThat(rowOf(sheet, "Lương Thị Mai").getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(rowOf(sheet, "Trịnh Đình Phong").getCell(3).getStringCellValue()).isEqualTo(EXCELLENT);
            assertThat(rowOf(sheet, "Trịnh Đình Phong").getCell(4).getStringCellValue()).isEqualTo(GOOD);

            assertThat(count(sheet, EXCELLENT)).isEqualTo(1);
            assertThat(count(sheet, GOOD)).isEqualTo(2);
            assertThat(count(sheet, COMPLETED)).isEqualTo(1);
            assertThat(count(sheet, "Không hoàn thành nhiệm vụ")).isZero();
            assertThat(count(sheet, "Chưa có mức xếp loại")).isEqualTo(1);
            assertThat(count(sheet, "Tổng số")).isEqualTo(5);
        }
    }

    @Test
    void mau05ListsTheCadresAHigherAuthorityDecidesWithTheLevelProposedToIt() throws Exception {
        Sheet sheet = sheet("mau-05", actors.account("tochuc"), null);

        assertThat(text(sheet, 1, 4)).isEqualTo("Mẫu số 05");
        assertThat(allText(sheet)).contains("ĐỐI VỚI CÁN BỘ THUỘC DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ");
        assertThat(names(sheet)).containsExactly("Đinh Quang Thắng", "Mai Thị Phương Thảo");
        assertThat(rowOf(sheet, "Đinh Quang Thắng").getCell(4).getStringCellValue()).isEqualTo(GOOD);
        assertThat(rowOf(sheet, "Đinh Quang Thắng").getCell(5).getStringCellValue()).isEqualTo("Đề nghị cấp trên");
        assertThat(rowOf(sheet, "Mai Thị Phương Thảo").getCell(4).getStringCellValue()).isEqualTo(EXCELLENT);
        assertThat(count(sheet, "Tổng số")).isEqualTo(2);
    }

    @Test
    void mau06ListsTheHeadsProposalsForTheBodysOwnCadres() throws Exception {
        Sheet sheet = sheet("mau-06", actors.account("tochuc"), null);

        assertThat(allText(sheet)).contains("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ VÀ ĐỀ XUẤT XẾP LOẠI QUÝ III/2033",
                "LÃNH ĐẠO PHÒNG, BAN VÀ TƯƠNG ĐƯƠNG");
        assertThat(names(sheet)).containsExactly("Phạm Thị Thu Hà", "Hà Quốc Bảo", "Lương Thị Mai",
                "Trịnh Đình Phong", "Phan Anh Dũng");
        assertThat(rowOf(sheet, "Lương Thị Mai").getCell(4).getStringCellValue()).isEqualTo(COMPLETED);
        assertThat(rowOf(sheet, "Lương Thị Mai").getCell(5).getStringCellValue()).isEqualTo("Chậm 1 nhiệm vụ");
        assertThat(count(sheet, COMPLETED)).isEqualTo(2);
        assertThat(count(sheet, "Chưa có mức xếp loại")).isZero();
    }

    @Test
    void aUnitNarrowsTheTableToItsSubtreeAndNamesTheBody() throws Exception {
        long kt = unitId("VPUB-NB.KT");
        Sheet sheet = sheet("mau-06", actors.account("tochuc"), kt);

        assertThat(text(sheet, 0, 0)).isEqualTo("PHÒNG KINH TẾ");
        assertThat(names(sheet)).containsExactly("Hà Quốc Bảo", "Lương Thị Mai", "Trịnh Đình Phong");
    }

    @Test
    void aUnitHeadGetsTheUnitsTheyLead() throws Exception {
        Sheet sheet = sheet("mau-06", actors.account("truongphong"), null);

        assertThat(names(sheet)).containsExactly("Hà Quốc Bảo", "Lương Thị Mai", "Trịnh Đình Phong");
    }

    @Test
    void anAuthorityGetsTheCadresItManages() throws Exception {
        // Seed 000 §III.1.1: the Đảng ủy and the office leadership decide for the Phó Chánh Văn phòng and the heads
        // of departments, not for their deputies (§III.1.2: the cell and the department).
        Actor authority = actors.cadre("NB001", Role.AUTHORITY);
        Sheet sheet = sheet("mau-06", authority, null);

        assertThat(names(sheet)).containsExactly("Phạm Thị Thu Hà", "Trịnh Đình Phong", "Phan Anh Dũng");
    }

    @Test
    void theAdministratorGetsTheWholeProvince() throws Exception {
        Sheet sheet = sheet("mau-04", actors.account("admin"), null);

        assertThat(text(sheet, 0, 0)).isEqualTo("TOÀN TỈNH");
        assertThat(names(sheet)).hasSize(5);
    }

    @Test
    void peopleWithoutAReportingRoleAreRefused() throws Exception {
        for (String username : List.of("canbo", "hoidong", "kiemtra")) {
            mvc.perform(download("mau-06", "2033", "3").with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value("Bảng tổng hợp xếp loại chỉ dành cho cán bộ tổ chức, "
                            + "người đứng đầu đơn vị, cấp có thẩm quyền và quản trị hệ thống."));
        }
        // Looking stores nothing: the ratings are as the fixture left them.
        assertThat(jdbc.sql("select count(*) from quarter_rating where period_year = 2033").query(Long.class)
                .single()).isEqualTo(8);
    }

    @Test
    void anUnknownFormQuarterYearOrUnitIsABadRequestInVietnamese() throws Exception {
        Actor tochuc = actors.account("tochuc");
        mvc.perform(download("mau-07", "2033", "3").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Không có biểu mẫu \"mau-07\"; hãy chọn mau-04, mau-05 hoặc mau-06."));
        mvc.perform(download("mau-04", "2033", "5").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quarter"))
                .andExpect(jsonPath("$.errors[0].message").value("Quý \"5\" không hợp lệ; hãy chọn quý 1, 2, 3 hoặc 4."));
        mvc.perform(download("mau-04", "hai nghìn", "3").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(download("mau-04", "2033", "3").param("unit", "999999").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(download("mau-04", "2033", "3").param("unit", "abc").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theProgressBoardOffersTheThreeTablesForItsQuarterAndUnit() throws Exception {
        String page = mvc.perform(get("/progress").param("quarter", "2033-Q3")
                        .with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/reports/quarterly/mau-04.xlsx?year=2033&amp;quarter=3",
                "/reports/quarterly/mau-05.xlsx?year=2033&amp;quarter=3",
                "/reports/quarterly/mau-06.xlsx?year=2033&amp;quarter=3", "Mẫu 05 – diện Ban Thường vụ Tỉnh ủy quản lý");
    }

    private long rating(String cadreCode, String unitCode, String status, String self, String head, String decided,
                        String headComment, String decisionComment) {
        long cadre = jdbc.sql("select id from org_cadre where code = :code").param("code", cadreCode)
                .query(Long.class).single();
        jdbc.sql("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, head_comment, decision_comment,
                    discrepancy, version)
                values (:cadre, :live, :unit, :year, 3, :status, :self, :head, :decided, :headComment,
                    :decisionComment, false, 0)""")
                .param("cadre", cadre).param("live", "CANCELLED".equals(status) ? null : cadre)
                .param("unit", unitId(unitCode)).param("year", YEAR).param("status", status)
                .param("self", self).param("head", head).param("decided", decided)
                .param("headComment", headComment).param("decisionComment", decisionComment).update();
        return jdbc.sql("select max(id) from quarter_rating where cadre_id = :cadre and period_year = :year")
                .param("cadre", cadre).param("year", YEAR).query(Long.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = :code").param("code", code).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder download(String form, String year, String quarter) {
        return get("/reports/quarterly/" + form + ".xlsx").param("year", year).param("quarter", quarter);
    }

    private Sheet sheet(String form, Actor actor, Long unit) throws Exception {
        MockHttpServletRequestBuilder request = download(form, "2033", "3").with(TestActors.as(actor));
        if (unit != null) {
            request.param("unit", String.valueOf(unit));
        }
        byte[] file = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getSheetAt(0);
        } catch (IOException unreadable) {
            throw new AssertionError("not an .xlsx file", unreadable);
        }
    }

    /** The names in column B of the numbered rows, in order. */
    private static List<String> names(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Row row : sheet) {
            Cell number = row.getCell(0);
            if (number != null && number.getCellType() == CellType.NUMERIC) {
                names.add(row.getCell(1).getStringCellValue());
            }
        }
        return names;
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell number = row.getCell(0);
            if (number != null && number.getCellType() == CellType.NUMERIC
                    && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    /** The count next to a label in the summary below the table. */
    private static long count(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            Cell labelCell = row.getCell(1);
            Cell value = row.getCell(2);
            if ((first == null || first.getCellType() == CellType.BLANK) && labelCell != null
                    && labelCell.getCellType() == CellType.STRING && label.equals(labelCell.getStringCellValue())
                    && value != null && value.getCellType() == CellType.NUMERIC) {
                return (long) value.getNumericCellValue();
            }
        }
        throw new AssertionError("no count for " + label);
    }

    private static String text(Sheet sheet, int row, int column) {
        return Optional.ofNullable(sheet.getRow(row)).map(r -> r.getCell(column)).map(Cell::getStringCellValue)
                .orElse(null);
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
        return texts;
    }
}
