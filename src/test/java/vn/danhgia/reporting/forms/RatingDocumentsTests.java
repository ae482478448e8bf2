package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
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
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.council.CouncilFixture;
import vn.danhgia.council.CouncilService;
import vn.danhgia.council.CouncilView;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The rating documents as Word and PDF, generated from the demo organisation and read back with POI and PDFBox: the
 * minutes of the Nhà khách tỉnh council's vote (seed 000 §III.4–5, see {@link CouncilFixture}), Phòng Kinh tế's public
 * notice (seed 002 §4 Bước 6) and the Mẫu 04/05/06 summary tables (seed 002 §4 Bước 5). Each PDF's first page is also
 * rendered to {@code target/form-previews/} to be looked at.
 */
@DemoDataTest
class RatingDocumentsTests {

    static final Quarter NOTICE_QUARTER = new Quarter(2038, 3);
    static final int SUMMARY_YEAR = 2039;

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilService councils;

    @Autowired
    AnnouncementService announcements;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    ApplicationContext context;

    CouncilFixture council;
    RatingFixture ratings;

    @BeforeEach
    void setUp() {
        council = new CouncilFixture(jdbc, organization);
        ratings = new RatingFixture(context);
        clean();
    }

    @AfterEach
    void clean() {
        council.clean();
        ratings.clean(NOTICE_QUARTER);
        jdbc.update("delete from quarter_rating where period_year = ?", SUMMARY_YEAR);
    }

    /**
     * Five members, four present (Đinh Thị Hoa is absent): Chu Thị Hạnh gets three GOOD votes, Đinh Thị Hoa two
     * EXCELLENT, one GOOD and one NOT_COMPLETED, so 3 of 5 support GOOD (majority 3) and only 2 EXCELLENT.
     */
    long closedSession() {
        clock.setDate(LocalDate.of(2026, 9, 16));
        Actor hung = actors.account("tochuc");
        CouncilView view = TestActors.runAs(hung, () -> councils.configure(council.unitId(), 2026, 3,
                council.fiveMembers()));
        long session = TestActors.runAs(hung, () -> councils.open(view.id(), view.version())).id();
        long opened = TestActors.runAs(hung, () -> councils.session(session)).version();
        TestActors.runAs(hung, () -> councils.recordAttendance(session, opened,
                council.cadres("NB036", "NB037", "NB039", "NB006")));
        vote(session, "NB036", "NB037", RatingLevel.GOOD);
        vote(session, "NB039", "NB037", RatingLevel.GOOD);
        vote(session, "NB006", "NB037", RatingLevel.GOOD);
        vote(session, "NB036", "NB038", RatingLevel.EXCELLENT);
        vote(session, "NB039", "NB038", RatingLevel.EXCELLENT);
        vote(session, "NB006", "NB038", RatingLevel.GOOD);
        vote(session, "NB037", "NB038", RatingLevel.NOT_COMPLETED);
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        TestActors.runAs(hung, () -> councils.close(session, version));
        return session;
    }

    void vote(long session, String voter, String subject, RatingLevel level) {
        TestActors.runAs(actors.cadre(voter, Role.COUNCIL_MEMBER),
                () -> councils.vote(session, council.cadre(subject), level));
    }

    @Test
    void theMinutesInWordListTheMembersTheQuorumAndEachCadresVotesAndResult() throws Exception {
        long session = closedSession();
        byte[] docx = download("/review/councils/sessions/" + session + "/bien-ban.docx", actors.account("tochuc"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(FormReading.cells(document.getTables().get(0).getRow(0))).satisfies(header -> {
                // Issue 12: Nhà khách tỉnh is a state body; its minutes are numbered in its register as BB.
                assertThat(header.get(0)).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH", "NHÀ KHÁCH TỈNH", "Số:",
                        "/BB-VPUB-NB.NK");
                assertThat(header.get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "Ninh Bình, ngày 16 tháng 9 năm 2026");
            });
            String text = text(document);
            assertThat(text).contains("BIÊN BẢN", "Quý III năm 2026", "Chủ trì: Tống Văn Thịnh",
                    "Thư ký: Lê Văn Hùng", "Hội đồng có 5 thành viên; có mặt 4 thành viên",
                    "số thành viên có mặt tối thiểu theo quy định: 4", "Hội nghị đủ số thành viên")
                    .doesNotContain("{{", "[fullName]");
            assertThat(FormReading.cells(rowOf(document, "Đinh Thị Hoa", 1)).subList(1, 4)).containsExactly("Đinh Thị Hoa",
                    "Thành viên", "Vắng mặt");
            assertThat(FormReading.cells(rowOf(document, "Lê Văn Hùng", 1)).subList(1, 4)).containsExactly("Lê Văn Hùng",
                    "Thư ký", "Có mặt");
            List<String> hoa = FormReading.cells(rowOf(document, "Đinh Thị Hoa", 2));
            assertThat(hoa.subList(1, 6)).containsExactly("Đinh Thị Hoa", "2", "1", "0", "1");
            assertThat(hoa.get(6)).contains("Hoàn thành tốt nhiệm vụ", "Đạt quá bán: 3/5 thành viên hội đồng (cần 3)");
            assertThat(FormReading.cells(rowOf(document, "Chu Thị Hạnh", 2)).subList(2, 6)).containsExactly("0", "3", "0", "0");
        }
    }

    @Test
    void theMinutesInPdfEmbedTheirFontAndSignByTheSecretaryAndTheChair() throws Exception {
        long session = closedSession();
        String text = pdfText(download("/review/councils/sessions/" + session + "/bien-ban.pdf",
                actors.account("tochuc"), "application/pdf"), "bien-ban-hoi-dong", false);

        assertThat(text).contains("BIÊN BẢN", "NHÀ KHÁCH TỈNH", "Chu Thị Hạnh", "Đinh Thị Hoa",
                "Hoàn thành tốt nhiệm vụ", "Đạt quá bán: 3/5 thành viên hội đồng (cần 3)", "THƯ KÝ", "CHỦ TRÌ",
                "Lê Văn Hùng", "Tống Văn Thịnh");
    }

    @Test
    void onlyThoseWhoSeeTheMinutesPrintThemAndAWrongFormatIsRefused() throws Exception {
        long session = closedSession();
        // The council's members and those who see the unit print; Phòng Kinh tế's head does neither (seed 000 §III.1).
        as(get("/review/councils/sessions/" + session + "/bien-ban.pdf"), actors.cadre("NB037"))
                .andExpect(status().isOk());
        as(get("/review/councils/sessions/" + session + "/bien-ban.pdf"), actors.account("truongphong"))
                .andExpect(status().isNotFound());
        as(get("/review/councils/sessions/999999/bien-ban.pdf"), actors.account("tochuc"))
                .andExpect(status().isNotFound());
        assertThat(body(as(get("/review/councils/sessions/" + session + "/bien-ban.odt"), actors.account("tochuc"))
                .andExpect(status().isBadRequest()))).contains("docx hoặc pdf");
    }

    void announcePhongKinhTe() {
        clock.setDate(LocalDate.of(2038, 9, 20));
        ratings.decided("NB013", NOTICE_QUARTER, RatingLevel.GOOD);
        ratings.decided("NB014", NOTICE_QUARTER, RatingLevel.EXCELLENT);
        jdbc.update("update quarter_rating set self_proposed_level = 'NOT_COMPLETED' where period_year = 2038"
                + " and period_quarter = 3");
        TestActors.runAs(actors.account("tochuc"), () -> announcements.announce(ratings.unitId(), 2038, 3));
        ratings.proposed("NB015", NOTICE_QUARTER, RatingLevel.COMPLETED);
    }

    @Test
    void thePublicNoticeInWordAndPdfHoldsOnlyTheAnnouncedNamesPostsAndLevels() throws Exception {
        announcePhongKinhTe();
        String address = "/review/notices/" + ratings.unitId() + "/2038/3/thong-bao-cong-khai.";
        // A director of another unit of the Văn phòng reads the notice board too.
        byte[] docx = download(address + "docx", actors.cadre("NB036"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(FormReading.cells(rowOf(document, "Trịnh Đình Phong", 1))).containsExactly("1", "Trịnh Đình Phong",
                    "Trưởng phòng, Phòng Kinh tế", "Hoàn thành tốt nhiệm vụ");
            assertThat(FormReading.cells(rowOf(document, "Lương Thị Mai", 1))).containsExactly("2", "Lương Thị Mai",
                    "Phó Trưởng phòng, Phòng Kinh tế", "Hoàn thành xuất sắc nhiệm vụ");
            assertThat(text(document)).contains("THÔNG BÁO", "Quý III năm 2038",
                    "niêm yết công khai tại Văn phòng UBND tỉnh Ninh Bình");
            assertPrivateDetailsAbsent(text(document));
        }
        String pdf = pdfText(download(address + "pdf", actors.account("canbo"), "application/pdf"),
                "thong-bao-cong-khai", false);
        // The PDF's text runs across the columns line by line, so a wrapped cell is checked in parts.
        assertThat(pdf).contains("THÔNG BÁO", "PHÒNG KINH TẾ", "Trịnh Đình Phong", "Lương Thị Mai",
                "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc", "Ninh Bình, ngày 20 tháng 9 năm 2038");
        assertPrivateDetailsAbsent(pdf);

        Actor outsider = new Actor(-1, "ngoai", "Người ngoài cơ quan", Optional.empty(), java.util.Set.of(Role.CADRE));
        as(get(address + "pdf"), outsider).andExpect(status().isNotFound());
        assertThat(body(as(get("/review/notices/" + ratings.unitId() + "/2038/2/thong-bao-cong-khai.pdf"),
                actors.account("canbo")).andExpect(status().isConflict())))
                .contains("chưa công bố kết quả xếp loại nào trong quý này");
    }

    static void assertPrivateDetailsAbsent(String text) {
        // The self-proposed level (NOT_COMPLETED), the comments and Hà Quốc Bảo's rating still proposed.
        assertThat(text).doesNotContain("Không hoàn thành nhiệm vụ", "Đề xuất của Trưởng phòng",
                "Quyết định của Đảng ủy", "Hà Quốc Bảo", "Hoàn thành nhiệm vụ");
    }

    void summaryRating(String cadreCode, String unitCode, String status, String self, String head, String decided,
                       String headComment, String decisionComment) {
        jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, head_comment, decision_comment,
                    discrepancy, version)
                values ((select id from org_cadre where code = ?), (select id from org_cadre where code = ?),
                        (select id from org_unit where code = ?), ?, 1, ?, ?, ?, ?, ?, ?, false, 0)""",
                cadreCode, cadreCode, unitCode, SUMMARY_YEAR, status, self, head, decided, headComment,
                decisionComment);
    }

    void summaryRatings() {
        clock.setDate(LocalDate.of(SUMMARY_YEAR, 3, 25));
        summaryRating("NB001", "VPUB-NB", "PROPOSED_UPWARD", "GOOD", "GOOD", null, "Đề nghị cấp trên", null);
        summaryRating("NB002", "VPUB-NB", "DECIDED", "EXCELLENT", "EXCELLENT", "EXCELLENT", null, "Vượt 3 chỉ tiêu");
        summaryRating("NB013", "VPUB-NB.KT", "ANNOUNCED", "EXCELLENT", "GOOD", "GOOD", null, null);
        summaryRating("NB014", "VPUB-NB.KT", "PROPOSED", "GOOD", "COMPLETED", null, "Chậm 1 nhiệm vụ", null);
        summaryRating("NB015", "VPUB-NB.KT", "DECIDED", "GOOD", "COMPLETED", "COMPLETED", null, null);
    }

    @Test
    void mau04InWordHasTheSeedsSevenColumnsTheDecidedLevelsAndTheCounts() throws Exception {
        summaryRatings();
        byte[] docx = download("/reports/quarterly/mau-04.docx?year=2039&quarter=1", actors.account("tochuc"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(FormReading.cells(document.getTables().get(0).getRow(0)).get(1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Mẫu số 04", "Ninh Bình, ngày 25 tháng 3 năm 2039");
            assertThat(text(document)).contains("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI QUÝ I/2039");
            XWPFTable table = document.getTables().get(1);
            assertThat(FormReading.cells(table.getRow(0))).hasSize(7).startsWith("STT", "Họ và tên", "Chức vụ, đơn vị công tác");
            assertThat(FormReading.cells(rowOf(document, "Phạm Thị Thu Hà", 1))).containsExactly("1", "Phạm Thị Thu Hà",
                    "Phó Chánh Văn phòng, Văn phòng UBND tỉnh Ninh Bình", "Hoàn thành xuất sắc nhiệm vụ",
                    "Hoàn thành xuất sắc nhiệm vụ", "Vượt 3 chỉ tiêu", "");
            assertThat(FormReading.cells(rowOf(document, "Hà Quốc Bảo", 1)).get(4)).isEqualTo("Hoàn thành nhiệm vụ");
            assertThat(FormReading.cells(rowOf(document, "Lương Thị Mai", 1)).get(4)).isEmpty();
            assertThat(FormReading.cells(rowOf(document, "Hoàn thành tốt nhiệm vụ", 2))).startsWith("Hoàn thành tốt nhiệm vụ",
                    "1");
            assertThat(FormReading.cells(rowOf(document, "Chưa có mức xếp loại", 2))).startsWith("Chưa có mức xếp loại", "1");
            assertThat(FormReading.cells(rowOf(document, "Tổng số", 2))).startsWith("Tổng số", "4");
            assertThat(text(document)).doesNotContain("Đinh Quang Thắng", "{{", "[level]");
        }
    }

    @Test
    void mau05And06InPdfAreLandscapeWithTheirOwnTitlesAndSigners() throws Exception {
        summaryRatings();
        String mau05 = pdfText(download("/reports/quarterly/mau-05.pdf?year=2039&quarter=1",
                actors.account("tochuc"), "application/pdf"), "mau-05", true);
        assertThat(mau05).contains("Mẫu số 05", "ĐỐI VỚI CÁN BỘ THUỘC DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ",
                "Đinh Quang Thắng", "Đề nghị cấp trên").doesNotContain("Phạm Thị Thu Hà");
        String mau06 = pdfText(download("/reports/quarterly/mau-06.pdf?year=2039&quarter=1",
                actors.account("tochuc"), "application/pdf"), "mau-06", true);
        assertThat(mau06).contains("Mẫu số 06", "LÃNH ĐẠO PHÒNG, BAN VÀ TƯƠNG ĐƯƠNG", "Lương Thị Mai",
                "Chậm 1 nhiệm vụ", "Hà Quốc Bảo");
        pdfText(download("/reports/quarterly/mau-04.pdf?year=2039&quarter=1", actors.account("tochuc"),
                "application/pdf"), "mau-04", true);
    }

    @Test
    void summaryFormsFollowTheReportScopeAndRefuseBadRequestsInVietnamese() throws Exception {
        summaryRatings();
        assertThat(body(as(get("/reports/quarterly/mau-06.pdf?year=2039&quarter=1"), actors.account("canbo"))
                .andExpect(status().isForbidden()))).contains("Bảng tổng hợp xếp loại chỉ dành cho cán bộ tổ chức");
        assertThat(body(as(get("/reports/quarterly/mau-06.pdf?year=2039&quarter=9"), actors.account("tochuc"))
                .andExpect(status().isBadRequest()))).contains("Quý &quot;9&quot; không hợp lệ");
        assertThat(body(as(get("/reports/quarterly/mau-07.pdf"), actors.account("tochuc"))
                .andExpect(status().isBadRequest()))).contains("Không có biểu mẫu &quot;mau-07&quot;");
        assertThat(body(as(get("/reports/quarterly/mau-06.odt"), actors.account("tochuc"))
                .andExpect(status().isBadRequest()))).contains("docx hoặc pdf");
        // A unit head gets the units he leads only (seed 000 §III.1.2).
        String kinhTe = pdfText(download("/reports/quarterly/mau-06.pdf?year=2039&quarter=1",
                actors.account("truongphong"), "application/pdf"), null, true);
        assertThat(kinhTe).contains("Lương Thị Mai").doesNotContain("Phạm Thị Thu Hà");
    }

    @Test
    void thePagesThatShowTheDataLinkTheirWordAndPdfDocuments() throws Exception {
        long session = closedSession();
        assertThat(body(as(get("/review/councils/sessions/" + session + "/minutes"), actors.account("tochuc"))))
                .contains("/review/councils/sessions/" + session + "/bien-ban.docx",
                        "/review/councils/sessions/" + session + "/bien-ban.pdf", "Tải Biên bản (PDF)");
        announcePhongKinhTe();
        assertThat(body(as(get("/review/notices/" + ratings.unitId() + "/2038/3"), actors.account("canbo"))))
                .contains("/review/notices/" + ratings.unitId() + "/2038/3/thong-bao-cong-khai.pdf",
                        "/review/notices/" + ratings.unitId() + "/2038/3/thong-bao-cong-khai.docx",
                        "Tải Thông báo (Word)");
        assertThat(body(as(get("/progress").param("quarter", "2039-Q1"), actors.account("tochuc"))))
                .contains("/reports/quarterly/mau-04.pdf?year=2039&amp;quarter=1",
                        "/reports/quarterly/mau-06.docx?year=2039&amp;quarter=1", "Tải Mẫu 05 (PDF)");
    }

    byte[] download(String address, Actor actor, String contentType) throws Exception {
        return as(get(address), actor).andExpect(status().isOk())
                .andExpect(content().contentType(contentType))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor)
            throws Exception {
        return mvc.perform(request.with(TestActors.as(actor)).header("Accept-Language", "vi"));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The PDF's text; checks every font is embedded and the orientation, and keeps the file and a PNG of page 1. */
    static String pdfText(byte[] pdf, String preview, boolean landscape) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth() > first.getMediaBox().getHeight()).isEqualTo(landscape);
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            if (preview != null) {
                FormReading.keepForPreview(preview + ".pdf", pdf);
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                        Path.of("target", "form-previews", preview + ".png").toFile());
            }
            return FormReading.pdfText(document);
        }
    }

    static String text(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
        return text.toString();
    }

    /** The row of the document's table number {@code table} whose second (or first) cell is {@code name}. */
    static XWPFTableRow rowOf(XWPFDocument document, String name, int table) {
        for (XWPFTableRow row : document.getTables().get(table).getRows()) {
            List<String> cells = FormReading.cells(row);
            if (cells.contains(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not in table " + table);
    }
}
