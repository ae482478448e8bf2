package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.EmulationReviewRows;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The three documents of Phòng Kinh tế's 2157 proposal dossier (seed 003 §IV "Thành phần hồ sơ": 1. Tờ trình đề nghị
 * công nhận các danh hiệu thi đua và hình thức khen thưởng, 2. Biên bản họp bình xét, 3. Báo cáo thành tích của tập thể
 * và các cá nhân), read back from the .docx with POI and from the PDF with PDFBox. The review meeting chose Lương Thị
 * Mai for Chiến sĩ thi đua cơ sở (6 of 7, through her initiative "Số hóa hồ sơ một cửa") and Lao động tiên tiến, Hà
 * Quốc Bảo for Lao động tiên tiến and the department for Tập thể lao động tiên tiến; it refused Mai Thị Phương Thảo.
 */
@DemoDataTest
class EmulationDossierDocumentsTests {

    static final int YEAR = 2157;
    static final String TO_TRINH = "/emulation/dossiers/{unit}/to-trinh.{format}";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationQueries organization;

    EmulationReviewRows rows;
    long kinhTe;

    @BeforeEach
    void setUp() {
        rows = new EmulationReviewRows(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 13));
        kinhTe = rows.unit("VPUB-NB.KT");
        long review = rows.closedReview("VPUB-NB.KT", YEAR, 7, "Trịnh Đình Phong", "Lương Thị Mai",
                "Hội đồng thảo luận và biểu quyết kín từng trường hợp.");
        rows.nominate(review, "NB014", "GRASSROOTS_EMULATION_FIGHTER", true, 6, 1, "CHOSEN");
        rows.nominate(review, "NB014", "ADVANCED_WORKER", true, 7, 0, "CHOSEN");
        rows.nominate(review, "NB015", "ADVANCED_WORKER", true, 7, 0, "CHOSEN");
        rows.nominate(review, "NB016", "ADVANCED_WORKER", false, 2, 5, "REFUSED");
        rows.nominate(review, "COLLECTIVE", kinhTe, "ADVANCED_COLLECTIVE", true, 7, 0, "CHOSEN");
        rows.achievement("NB014", "VPUB-NB.KT", "INITIATIVE", "Số hóa hồ sơ một cửa", "GRASSROOTS", YEAR);
        rows.pastAward("NB014", "VPUB-NB.KT", YEAR - 1, "ADVANCED_WORKER");
    }

    @AfterEach
    void clean() {
        rows.clean(2156, 2158);
    }

    byte[] download(String address, String username) throws Exception {
        return mvc.perform(get(address, kinhTe).param("year", String.valueOf(YEAR))
                        .with(as(actors.account(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theWordProposalListsEveryChosenNominationWithItsVoteAndTheTotals() throws Exception {
        byte[] docx = mvc.perform(get(TO_TRINH, kinhTe, "docx").param("year", String.valueOf(YEAR))
                        .with(as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FormFormat.DOCX.contentType()))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"to-trinh-" + YEAR + "-" + kinhTe + ".docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("to-trinh-thi-dua.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH",
                    "PHÒNG KINH TẾ", "/TTr-VPUB-NB.KT");
            // Dated on the day the meeting closed.
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Ninh Bình, ngày 12 tháng 12 năm 2157");
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text).contains("TỜ TRÌNH",
                    "Đề nghị công nhận các danh hiệu thi đua và hình thức khen thưởng năm 2157",
                    "Kính gửi: Phòng Hành chính tổ chức - Quản trị tài vụ.",
                    "của Phòng Kinh tế ngày 12 tháng 12 năm 2157");
            XWPFTable nominations = document.getTables().get(1);
            assertThat(nominations.getRows()).hasSize(1 + 4);
            assertThat(FormReading.cells(nominations.getRow(1))).startsWith("1", "Cá nhân", "Lương Thị Mai")
                    .endsWith("Chiến sĩ thi đua cơ sở", "6/7 thành viên đồng ý, 1 không đồng ý");
            assertThat(FormReading.cells(nominations.getRow(1)).get(3)).contains("Phó Trưởng phòng");
            assertThat(FormReading.cells(nominations.getRow(3))).startsWith("3", "Cá nhân", "Hà Quốc Bảo")
                    .endsWith("Lao động tiên tiến", "7/7 thành viên đồng ý, 0 không đồng ý");
            assertThat(FormReading.cells(nominations.getRow(4))).containsExactly("4", "Tập thể", "Phòng Kinh tế", "",
                    "Tập thể lao động tiên tiến", "7/7 thành viên đồng ý, 0 không đồng ý");
            assertThat(text.toString() + nominations.getText()).doesNotContain("Mai Thị Phương Thảo");
            XWPFTable totals = document.getTables().get(2);
            assertThat(totals.getRows()).extracting(row -> String.join(" ", FormReading.cells(row)))
                    .containsExactly("Danh hiệu, hình thức khen thưởng Số lượng", "Lao động tiên tiến 2",
                            "Chiến sĩ thi đua cơ sở 1", "Tập thể lao động tiên tiến 1");
            assertThat(document.getTables().get(3).getText()).contains("TRƯỞNG PHÒNG", "Trịnh Đình Phong",
                    "(Ký, ghi rõ họ tên và đóng dấu)");
        }
    }

    @Test
    void theMinutesShowEveryNominationPutToTheVoteWithItsOutcome() throws Exception {
        byte[] docx = download("/emulation/dossiers/{unit}/bien-ban-binh-xet.docx", "tochuc");
        byte[] pdf = download("/emulation/dossiers/{unit}/bien-ban-binh-xet.pdf", "tochuc");
        FormReading.keepForPreview("bien-ban-binh-xet.pdf", pdf);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text).contains("Họp bình xét thi đua, khen thưởng năm 2157",
                    "Chủ trì: Trịnh Đình Phong. Thư ký: Lương Thị Mai.",
                    "Số thành viên Hội đồng thi đua, khen thưởng: 7.",
                    "Hội đồng thảo luận và biểu quyết kín từng trường hợp.");
            XWPFTable votes = document.getTables().get(1);
            // The refused nomination is in the minutes, with the engine's verdict and the votes.
            assertThat(votes.getRows()).extracting(row -> String.join(" | ", FormReading.cells(row)))
                    .containsSubsequence(
                    "1 | Lương Thị Mai | Chiến sĩ thi đua cơ sở | Đủ điều kiện | 6 | 1 | Được chọn",
                    "4 | Mai Thị Phương Thảo | Lao động tiên tiến | Chưa đủ điều kiện | 2 | 5 | Không được chọn",
                    "5 | Phòng Kinh tế | Tập thể lao động tiên tiến | Đủ điều kiện | 7 | 0 | Được chọn");
        }
        // The PDF wraps long cells over lines; its words keep their Vietnamese letters.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(FormReading.pdfText(document)).contains("PHÒNG KINH TẾ", "BIÊN BẢN",
                    "Họp bình xét thi đua, khen thưởng năm 2157", "Chủ trì: Trịnh Đình Phong",
                    "Thư ký: Lương Thị Mai", "Mai Thị Phương", "Chưa đủ", "Được chọn", "6 1",
                    "Hội đồng thảo luận và biểu quyết kín từng trường hợp.", "THƯ KÝ", "CHỦ TRÌ");
        }
    }

    @Test
    void theAchievementReportShowsTheInitiativesAndTheEarlierTitlesTheChainsRestOn() throws Exception {
        byte[] docx = download("/emulation/dossiers/{unit}/bao-cao-thanh-tich.docx", "truongphong");
        byte[] pdf = download("/emulation/dossiers/{unit}/bao-cao-thanh-tich.pdf", "truongphong");
        FormReading.keepForPreview("bao-cao-thanh-tich.docx", docx);
        FormReading.keepForPreview("bao-cao-thanh-tich.pdf", pdf);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable report = document.getTables().get(1);
            // One row per holder: Lương Thị Mai once, with both titles.
            assertThat(report.getRows()).hasSize(1 + 3);
            assertThat(FormReading.cells(report.getRow(1))).startsWith("1", "Lương Thị Mai")
                    .endsWith("Chiến sĩ thi đua cơ sở; Lao động tiên tiến",
                            "Sáng kiến \"Số hóa hồ sơ một cửa\" (Cấp cơ sở, năm 2157)", "Năm 2156: Lao động tiên tiến");
            assertThat(FormReading.cells(report.getRow(2))).startsWith("2", "Hà Quốc Bảo")
                    .endsWith("Lao động tiên tiến", "Không có", "Không có");
            assertThat(FormReading.cells(report.getRow(3))).startsWith("3", "Phòng Kinh tế");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Cells wrap over lines in the PDF: the words, with their Vietnamese letters.
            assertThat(FormReading.pdfText(document)).contains("BÁO CÁO THÀNH TÍCH", "Lương Thị", "Hà Quốc Bảo",
                    "Sáng kiến \"Số hóa hồ sơ", "Năm 2156:", "Phó Trưởng", "Không có", "Trịnh Đình Phong");
        }
    }

    @ParameterizedTest
    @CsvSource({"truongphong, 200", "tochuc, 200", "thamquyen, 200", "admin, 200", "canbo, 404", "hoidong, 404",
            "kiemtra, 404"})
    void theDocumentsGoToThoseWhoKeepTheUnitsDossier(String username, int expected) throws Exception {
        mvc.perform(get(TO_TRINH, kinhTe, "pdf").param("year", String.valueOf(YEAR))
                        .with(as(actors.account(username))))
                .andExpect(status().is(expected));
    }

    @Test
    void anOpenReviewAnUnknownDocumentOrFormatAreRefusedBeforeAnyByte() throws Exception {
        var phong = as(actors.account("truongphong"));
        rows.openReview("VPUB-NB.KT", YEAR + 1);
        mvc.perform(get(TO_TRINH, kinhTe, "pdf").param("year", String.valueOf(YEAR + 1)).with(phong))
                .andExpect(status().isConflict());
        mvc.perform(get("/emulation/dossiers/{unit}/quyet-dinh.pdf", kinhTe).param("year", String.valueOf(YEAR))
                .with(phong)).andExpect(status().isNotFound());
        mvc.perform(get(TO_TRINH, kinhTe, "odt").param("year", String.valueOf(YEAR)).with(phong))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiGivesTheSameDocumentsAndRefusesWithProblemDetails() throws Exception {
        String address = "/api/v1/emulation/dossiers/{unit}/documents/to-trinh.pdf";
        byte[] pdf = mvc.perform(get(address, kinhTe).param("year", String.valueOf(YEAR))
                        .with(as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(FormReading.pdfText(document)).contains("TỜ TRÌNH", "Lương Thị Mai", "Hà Quốc Bảo");
        }
        mvc.perform(get(address, kinhTe).param("year", String.valueOf(YEAR)).with(as(actors.account("canbo"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/emulation/dossiers/{unit}/documents/to-trinh.odt", kinhTe)
                        .param("year", String.valueOf(YEAR)).with(as(actors.account("tochuc"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }
}
