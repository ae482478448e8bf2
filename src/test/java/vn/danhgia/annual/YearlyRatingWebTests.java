package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's year 2096 through the pages, the API and the yearly tables: the decision form puts the rule's
 * message beside its field, the API answers problem+json, and the board, the API and Biểu số 02 (seed 003 §2.1 item
 * 12) give the same level counts.
 */
@DemoDataTest
class YearlyRatingWebTests {

    static final int YEAR = 2096;

    @Autowired
    MockMvc mvc;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        authority = actors.account("thamquyen");
        clock.setDate(java.time.LocalDate.of(YEAR, 12, 14));
        fixture.quarters("NB013", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.EXCELLENT, RatingLevel.GOOD);
        fixture.quarters("NB015", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.COMPLETED);
        // The quarters' submitted self-assessments: the year's points are their mean under Nghị định 335.
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB013", YEAR, quarter, "80", 5, 0, 0);
            fixture.submitted("NB014", YEAR, quarter, "85", 4, 1, 0);
            fixture.submitted("NB015", YEAR, quarter, "75", 5, 0, 0);
        }
        TestActors.runAs(actors.account("tochuc"), () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
        fixture.clean(YEAR);
    }

    YearlyRatingView rating(String code, YearlyTrack track) {
        long cadre = fixture.cadre(code);
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == track && r.cadreId() != null && r.cadreId() == cadre)
                .findFirst().orElseThrow();
    }

    @Test
    void boardShowsSuggestionReasonsAndTheDecisionFormPutsTheRuleBesideTheField() throws Exception {
        mvc.perform(get("/annual/ratings").param("unit", String.valueOf(fixture.unit()))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(authority)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lương Thị Mai")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tổng điểm đạt 85/100")));
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        mvc.perform(post("/annual/ratings/{id}/decision", mai.id()).with(csrf()).with(TestActors.as(authority))
                        .param("version", String.valueOf(mai.version())).param("level", "EXCELLENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Quyết định cao hơn mức gợi ý “Hoàn thành tốt nhiệm vụ” phải ghi rõ lý do.")));
        assertThat(rating("NB014", YearlyTrack.STATE).status()).isEqualTo(RatingStatus.GATHERED);
        mvc.perform(post("/annual/ratings/{id}/decision", mai.id()).with(csrf()).with(TestActors.as(authority))
                        .param("version", String.valueOf(mai.version())).param("level", "GOOD"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/annual/ratings?unit=" + fixture.unit() + "&year=" + YEAR));
        // The head before the collective: the form says which must come first (seed 004 §VII.2).
        YearlyRatingView phong = rating("NB013", YearlyTrack.STATE);
        mvc.perform(post("/annual/ratings/{id}/decision", phong.id()).with(csrf()).with(TestActors.as(authority))
                        .param("version", String.valueOf(phong.version())).param("level", "GOOD"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Phải quyết định mức xếp loại của tập thể trước")));
    }

    @Test
    void apiRefusesAsProblemJson() throws Exception {
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        mvc.perform(post("/api/v1/annual/ratings/{id}/decision", mai.id()).with(csrf()).with(TestActors.as(authority))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + mai.version() + ",\"level\":\"BEST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        YearlyRatingView phong = rating("NB013", YearlyTrack.STATE);
        mvc.perform(post("/api/v1/annual/ratings/{id}/decision", phong.id()).with(csrf())
                        .with(TestActors.as(authority)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + phong.version() + ",\"level\":\"GOOD\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/annual/ratings/{id}", mai.id()).with(TestActors.as(actors.account("kiemtra"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/annual/ratings/{id}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/annual/history/{cadreId}'].get").exists())
                // Issue 13 §1: a yearly complaint is filed here into the one workflow and answered at /api/v1/complaints.
                .andExpect(jsonPath("$.paths['/api/v1/annual/ratings/{id}/complaints'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/annual/complaints/{id}/answer']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/{id}/answer'].post").exists());
    }

    @Test
    void boardApiAndYearlyTablesGiveTheSameCounts() throws Exception {
        TestActors.runAs(authority, () -> {
            YearlyRatingView collective = ratings.board(fixture.unit(), YEAR).ratings().stream()
                    .filter(r -> r.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
            ratings.decide(collective.id(), collective.version(), RatingLevel.GOOD, null);
            return null;
        });
        decide("NB013", RatingLevel.GOOD, null);
        decide("NB014", RatingLevel.EXCELLENT, "Chủ trì đề án chuyển đổi số được tỉnh công nhận");
        decide("NB015", RatingLevel.COMPLETED, null);
        TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR));

        Map<RatingLevel, Long> board = TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR))
                .counts().get(YearlyTrack.STATE);
        assertThat(board).containsEntry(RatingLevel.EXCELLENT, 1L).containsEntry(RatingLevel.GOOD, 1L)
                .containsEntry(RatingLevel.COMPLETED, 1L).containsEntry(RatingLevel.NOT_COMPLETED, 0L);

        mvc.perform(get("/api/v1/annual/ratings").param("unit", String.valueOf(fixture.unit()))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(authority)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.STATE.EXCELLENT").value(board.get(RatingLevel.EXCELLENT)))
                .andExpect(jsonPath("$.counts.STATE.GOOD").value(board.get(RatingLevel.GOOD)))
                .andExpect(jsonPath("$.counts.STATE.COMPLETED").value(board.get(RatingLevel.COMPLETED)))
                .andExpect(jsonPath("$.counts.COLLECTIVE.GOOD").value(1));

        byte[] xlsx = download("/reports/annual/levels.xlsx");
        Map<RatingLevel, Long> sheet = new EnumMap<>(RatingLevel.class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet individuals = workbook.getSheet("Biểu số 02");
            Row line = find(individuals, 1, "Phòng Kinh tế");
            RatingLevel[] levels = RatingLevel.values();
            for (int i = 0; i < levels.length; i++) {
                sheet.put(levels[i], (long) line.getCell(2 + 2 * i).getNumericCellValue());
            }
            assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(33.3);
            assertThat(line.getCell(10).getNumericCellValue()).isEqualTo(3.0);
            assertThat(find(workbook.getSheet("Biểu số 01"), 1, "Phòng Kinh tế").getCell(4).getNumericCellValue())
                    .isEqualTo(1.0);
            Sheet list = workbook.getSheet("Danh sách");
            assertThat(find(list, 2, "Lương Thị Mai").getCell(4).getStringCellValue())
                    .isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        }
        assertThat(sheet).isEqualTo(board);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                download("/reports/annual/levels.docx")))) {
            XWPFTable individuals = document.getTables().get(1);
            XWPFTableRow line = individuals.getRows().stream()
                    .filter(row -> row.getCell(1).getText().contains("Phòng Kinh tế")).findFirst().orElseThrow();
            assertThat(line.getCell(2).getText()).isEqualTo("1");
            assertThat(line.getCell(3).getText()).isEqualTo("33,3");
            assertThat(line.getCell(6).getText()).isEqualTo("1");
            assertThat(line.getCell(10).getText()).isEqualTo("3");
        }
        byte[] pdf = download("/reports/annual/levels.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (XSSFWorkbook party = new XSSFWorkbook(new ByteArrayInputStream(
                download("/reports/annual/party-members.xlsx")))) {
            // Nobody's party-member level is decided yet: an empty table, the three members listed undecided.
            assertThat(party.getSheet("Danh sách").getLastRowNum()).isGreaterThanOrEqualTo(4);
        }
    }

    private void decide(String code, RatingLevel level, String reason) {
        YearlyRatingView rating = rating(code, YearlyTrack.STATE);
        TestActors.runAs(authority, () -> ratings.decide(rating.id(), rating.version(), level, reason));
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path).param("year", String.valueOf(YEAR)).param("unit", String.valueOf(fixture.unit()))
                        .with(TestActors.as(authority)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The table row whose cell in the column holds the text (the heading names the unit too, in column 0). */
    private static Row find(Sheet sheet, int column, String text) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(column) != null && format.formatCellValue(row.getCell(column)).equals(text)) {
                return row;
            }
        }
        throw new AssertionError(text + " not in " + sheet.getSheetName());
    }
}
