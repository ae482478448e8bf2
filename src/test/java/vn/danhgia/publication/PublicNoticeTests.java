package vn.danhgia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The public notice of Phòng Kinh tế's quarter II/2038 (seed 002 §4 Bước 6: "Thông báo công khai kết quả đánh giá,
 * xếp loại"; seed 000 §II.1: "công khai, minh bạch"): Trịnh Đình Phong (Trưởng phòng) and Lương Thị Mai (Phó Trưởng
 * phòng) announced; Hà Quốc Bảo's announced rating cancelled after an upheld complaint and his re-rating only
 * proposed, so he is not on the notice. Every rating carries private details (self-proposed level, comments, the
 * council's level) that the notice must never show.
 */
@DemoDataTest
class PublicNoticeTests {

    static final Quarter Q2 = new Quarter(2038, 2);
    static final String PRIVATE_COMMENT = "Đề xuất của Trưởng phòng";
    static final String DECISION_COMMENT = "Quyết định của Đảng ủy";
    static final String CANCEL_REASON = "Khiếu nại được chấp nhận: thiếu minh chứng";

    @Autowired
    AnnouncementService announcements;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RatingFixture fixture;

    @BeforeEach
    void announcePhongKinhTe() {
        fixture = new RatingFixture(context);
        clean();
        clock.setDate(LocalDate.of(2038, 6, 20));
        fixture.decided("NB013", Q2, RatingLevel.GOOD);
        fixture.decided("NB014", Q2, RatingLevel.EXCELLENT);
        long bao = fixture.decided("NB015", Q2, RatingLevel.COMPLETED);
        jdbc.update("update quarter_rating set self_proposed_level = 'NOT_COMPLETED', council_level = 'NOT_COMPLETED',"
                + " appraisal_level = 'NOT_COMPLETED' where period_year = 2038");
        TestActors.runAs(actors.account("tochuc"), () -> announcements.announce(fixture.unitId(), 2038, 2));
        jdbc.update("update quarter_rating set status = 'CANCELLED', live_cadre_id = null, cancel_reason = ?,"
                + " cancelled_at = current_timestamp, cancelled_by = 'kiemtra' where id = ?", CANCEL_REASON, bao);
        fixture.proposed("NB015", Q2, RatingLevel.GOOD);
    }

    @AfterEach
    void clean() {
        fixture.clean(Q2);
    }

    PublicNotice noticeAs(Actor actor) {
        return TestActors.runAs(actor, () -> announcements.publicNotice(fixture.unitId(), 2038, 2));
    }

    @Test
    void theNoticeListsOnlyTheAnnouncedRatingsWithNamePostsAndLevelHeadFirst() {
        PublicNotice notice = noticeAs(actors.account("canbo"));

        assertThat(notice.bodyName()).isEqualTo("Văn phòng UBND tỉnh Ninh Bình");
        assertThat(notice.unitName()).isEqualTo("Phòng Kinh tế");
        assertThat(notice.announcedOn()).isEqualTo(LocalDate.of(2038, 6, 20));
        assertThat(notice.lines()).containsExactly(
                new PublicNotice.Line("Trịnh Đình Phong", "Trưởng phòng", RatingLevel.GOOD),
                new PublicNotice.Line("Lương Thị Mai", "Phó Trưởng phòng", RatingLevel.EXCELLENT));
    }

    @Test
    void thePageShowsNoScoresProposalsCommentsOrCancelledRatings() throws Exception {
        String page = as(get("/review/notices/" + fixture.unitId() + "/2038/2"), actors.account("canbo"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Trịnh Đình Phong", "Lương Thị Mai", "Hoàn thành tốt nhiệm vụ",
                "Hoàn thành xuất sắc nhiệm vụ", "Văn phòng UBND tỉnh Ninh Bình", "Quý II/2038", "20/06/2038",
                ".xlsx");
        assertPrivateDetailsAbsent(page);
    }

    @Test
    void theSheetForTheNoticeBoardHasTheFormsHeadingAndEachResultInItsCells() throws Exception {
        byte[] file = as(get("/review/notices/" + fixture.unitId() + "/2038/2/thong-bao-cong-khai.xlsx"), actors.account("canbo"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"thong-bao-cong-khai-don-vi-"
                        + fixture.unitId() + "-quy-2-2038.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("VĂN PHÒNG UBND TỈNH NINH BÌNH");
            assertThat(text(sheet.getRow(0).getCell(3))).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(text(sheet.getRow(1).getCell(3))).isEqualTo("......, ngày 20 tháng 6 năm 2038");
            String all = String.join("\n", texts(sheet));
            assertThat(all).contains("THÔNG BÁO", "Công khai kết quả đánh giá, xếp loại chất lượng cán bộ quý II/2038");
            Row phong = rowOf(sheet, "Trịnh Đình Phong");
            assertThat(phong.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(phong.getCell(2))).isEqualTo("Trưởng phòng");
            assertThat(text(phong.getCell(3))).isEqualTo("Phòng Kinh tế");
            assertThat(text(phong.getCell(4))).isEqualTo("Hoàn thành tốt nhiệm vụ");
            Row mai = rowOf(sheet, "Lương Thị Mai");
            assertThat(mai.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(text(mai.getCell(2))).isEqualTo("Phó Trưởng phòng");
            assertThat(text(mai.getCell(4))).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertPrivateDetailsAbsent(all);
        }
    }

    @Test
    void everyCadreOfTheBodyReadsTheNoticeOthersAreToldItDoesNotExist() {
        // Seed 000 §III.4: the Văn phòng's Đảng ủy and leadership announce to the whole office, so a centre's director
        // (Tống Văn Thịnh, Nhà khách tỉnh) and the Ủy ban Kiểm tra read Phòng Kinh tế's notice although neither sees
        // the unit's records.
        Actor nhaKhach = actors.cadre("NB036");
        assertThatThrownBy(() -> TestActors.runAs(nhaKhach,
                () -> announcements.announcement(fixture.unitId(), 2038, 2)))
                .isInstanceOf(RecordNotFoundException.class);
        for (Actor reader : List.of(actors.account("canbo"), nhaKhach, actors.account("kiemtra"),
                actors.account("hoidong"), actors.account("thamquyen"), actors.account("tochuc"),
                actors.account("admin"))) {
            assertThat(noticeAs(reader).lines()).as(reader.username()).hasSize(2);
        }
        Actor outsider = new Actor(-1, "ngoai", "Người ngoài cơ quan", Optional.empty(), Set.of(Role.CADRE));
        assertThatThrownBy(() -> noticeAs(outsider)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"),
                () -> announcements.publicNotice(999999, 2038, 2))).isInstanceOf(RecordNotFoundException.class);
        assertThat(TestActors.runAs(outsider, () -> announcements.publicNotices(2038, 2))).isEmpty();
    }

    @Test
    void theListOfAQuarterNamesTheUnitsWithAnnouncedResults() throws Exception {
        assertThat(TestActors.runAs(actors.cadre("NB036"), () -> announcements.publicNotices(2038, 2)))
                .containsExactly(new PublicNotice.Listed(fixture.unitId(), "Phòng Kinh tế",
                        "Văn phòng UBND tỉnh Ninh Bình"));
        assertThat(TestActors.runAs(actors.cadre("NB036"), () -> announcements.publicNotices(2038, 1))).isEmpty();

        String page = as(get("/review/notices").param("year", "2038").param("quarter", "2"),
                actors.account("kiemtra")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Phòng Kinh tế", "/review/notices/" + fixture.unitId() + "/2038/2");
    }

    @Test
    void aSheetIsRefusedWhileTheQuarterHasNothingAnnounced() throws Exception {
        String page = as(get("/review/notices/" + fixture.unitId() + "/2038/1/thong-bao-cong-khai.xlsx"), actors.account("canbo"))
                .andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("chưa công bố kết quả xếp loại nào trong quý này");
        assertThat(as(get("/review/notices/" + fixture.unitId() + "/2038/1"), actors.account("canbo"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Đơn vị chưa công bố kết quả xếp loại quý này.");
    }

    @Test
    void aWrongQuarterYearOrUnitInTheAddressAnswers400InVietnamese() throws Exception {
        long before = jdbc.queryForObject("select sum(version) from quarter_rating where period_year = 2038",
                Long.class);
        for (String address : List.of("/review/notices/" + fixture.unitId() + "/2038/9",
                "/review/notices/" + fixture.unitId() + "/1999/2/thong-bao-cong-khai.xlsx", "/review/notices?year=2038&quarter=5")) {
            assertThat(body(as(get(address), actors.account("canbo")).andExpect(status().isBadRequest())))
                    .as(address).contains("Quý phải từ 1 đến 4 và năm từ 2000 đến 2200.").doesNotContain("Exception");
        }
        for (String address : List.of("/review/notices/KT/2038/2", "/review/notices?year=hai&quarter=2",
                "/review/notices/" + fixture.unitId() + "/2038/hai/thong-bao-cong-khai.xlsx")) {
            assertThat(body(as(get(address), actors.account("canbo")).andExpect(status().isBadRequest())))
                    .as(address).contains("không phải là một số").doesNotContain("Exception");
        }
        assertThat(jdbc.queryForObject("select sum(version) from quarter_rating where period_year = 2038",
                Long.class)).isEqualTo(before);
    }

    static void assertPrivateDetailsAbsent(String text) {
        // The self-proposed, appraisal and council levels (NOT_COMPLETED), the comments, the cancelled rating and the
        // re-rating still proposed never reach the notice.
        assertThat(text).doesNotContain("Không hoàn thành nhiệm vụ", PRIVATE_COMMENT, DECISION_COMMENT,
                CANCEL_REASON, "Hà Quốc Bảo", "Hoàn thành nhiệm vụ");
    }

    ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor)
            throws Exception {
        return mvc.perform(request.with(TestActors.as(actor)).header("Accept-Language", "vi"));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(text(cell));
            }
        }
        return texts;
    }

    static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(text(row.getCell(1)))) {
                return row;
            }
        }
        throw new AssertionError(name + " is not in the sheet");
    }
}
