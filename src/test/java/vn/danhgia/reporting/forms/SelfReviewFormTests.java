package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The five self-review forms of seed 003 §2.1 a and §2.2 b read back from Word and PDF, on the Ninh Bình office's
 * 2098 review (a year no other test uses): Mẫu 02B of Trịnh Đình Phong (NB013, Trưởng phòng Kinh tế) with his
 * self-scores on the criteria frame; Mẫu 01 of the Phòng Kinh tế's leadership; Mẫu 02A of Đinh Thị Ngọc Mai (NB040, no
 * leading post); and Mẫu 02C and the decree's form, which the demo has nobody for, stored for Phùng Văn Tiến (NB039)
 * and Nguyễn Hoàng Yến (NB034) as a record the forms print as stored.
 */
@DemoDataTest
class SelfReviewFormTests {

    private static final int YEAR = 2098;

    @Autowired
    MockMvc mvc;

    @Autowired
    SelfReviewService reviews;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    MutableClock clock;

    Actor phong;

    @BeforeEach
    void theYearsEnd() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        phong = actors.cadre("NB013", Role.UNIT_HEAD);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from self_review_section where self_review_id in "
                + "(select id from self_review where review_year = 2098)");
        jdbc.update("delete from self_review_score where self_review_id in "
                + "(select id from self_review where review_year = 2098)");
        jdbc.update("delete from self_review where review_year = 2098");
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void mau2BHasTheLeadersSectionsAndTheSelfScoresWithTheirBand() throws Exception {
        SelfReviewView opened = runAs(phong, () -> reviews.openMine(YEAR));
        runAs(phong, () -> reviews.save(opened.id(), opened.version(), new SelfReviewContent(
                Map.of("QUALITIES", "Luôn giữ vững lập trường chính trị.\nGương mẫu trong lối sống.",
                        "SHORTCOMINGS", "Có lúc chậm tham mưu."),
                "GOOD", Map.of("1", new BigDecimal("18"), "2", new BigDecimal("42,5".replace(',', '.')),
                        "3", new BigDecimal("25")))));

        try (XWPFDocument document = docx(opened.id(), phong)) {
            String text = paragraphs(document);
            assertThat(text).contains("Mẫu số 02B-HD KĐ.ĐG", "BẢN KIỂM ĐIỂM CÁ NHÂN (Dùng cho cán bộ lãnh đạo, quản lý)",
                    "Năm 2098", "Họ và tên: Trịnh Đình Phong",
                    "1. Phẩm chất chính trị, đạo đức, lối sống", "Luôn giữ vững lập trường chính trị.",
                    "3. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành",
                    "8. Hạn chế, khuyết điểm, nguyên nhân; giải pháp và thời gian khắc phục", "Có lúc chậm tham mưu.",
                    "Mức xếp loại tương ứng với tổng điểm: Hoàn thành tốt nhiệm vụ",
                    "Tự nhận mức xếp loại chất lượng: Hoàn thành tốt nhiệm vụ", "NGƯỜI TỰ KIỂM ĐIỂM")
                    .doesNotContain("{{", "}}");
            XWPFTable frame = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().contains("TT")).findFirst().orElseThrow();
            assertThat(FormReading.cells(frame.getRow(0))).containsExactly("TT", "Tiêu chí", "Điểm tối đa",
                    "Điểm tự chấm");
            assertThat(FormReading.cells(frame.getRow(2))).containsExactly("2",
                    "Thực hiện chức trách, nhiệm vụ được giao", "50", "42,5");
            assertThat(FormReading.cells(frame.getRow(4))).containsExactly("", "Tổng cộng", "100", "85,5");
        }
        String pdf = pdf(opened.id(), phong);
        assertThat(pdf).contains("Mẫu số 02B-HD KĐ.ĐG", "Họ và tên: Trịnh Đình Phong", "Gương mẫu trong lối sống.",
                "Tổng cộng 100 85,5", "Tự nhận mức xếp loại chất lượng: Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void mau01IsTheCollectivesReportSignedForTheCollectiveByItsHead() throws Exception {
        SelfReviewView own = runAs(phong, () -> reviews.openMine(YEAR));
        SelfReviewView collective = runAs(phong, () -> reviews.openCollective(own.unitId(), YEAR));

        try (XWPFDocument document = docx(collective.id(), phong)) {
            String text = paragraphs(document);
            assertThat(text).contains("Mẫu số 01-HD KĐ.ĐG", "BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ",
                    "1. Việc chấp hành nguyên tắc tổ chức và hoạt động",
                    "4. Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị",
                    "T/M TẬP THỂ", "Trịnh Đình Phong")
                    .doesNotContain("Họ và tên:", "Điểm tự chấm", "{{");
        }
        assertThat(pdf(collective.id(), phong)).contains("BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ", "T/M TẬP THỂ")
                .doesNotContain("Điểm tự chấm");
    }

    @Test
    void mau2AHasNoLeadersSectionsAndNoFrame() throws Exception {
        Actor ngocMai = actors.cadre("NB040");
        SelfReviewView review = runAs(ngocMai, () -> reviews.openMine(YEAR));

        assertThat(review.form()).isEqualTo("MAU_2A");
        try (XWPFDocument document = docx(review.id(), ngocMai)) {
            assertThat(paragraphs(document)).contains("Mẫu số 02A-HD KĐ.ĐG",
                            "Dùng cho đảng viên là công chức, viên chức không giữ chức vụ lãnh đạo, quản lý",
                            "Họ và tên: Đinh Thị Ngọc Mai", "3. Việc thực hiện cam kết tu dưỡng",
                            "Tự nhận mức xếp loại chất lượng: (chưa chọn)")
                    .doesNotContain("lãnh đạo, chỉ đạo, quản lý, điều hành", "Điểm tự chấm", "{{");
        }
        assertThat(pdf(review.id(), ngocMai)).contains("Mẫu số 02A-HD KĐ.ĐG", "Họ và tên: Đinh Thị Ngọc Mai");
    }

    @Test
    void mau2CAndTheDecreesFormPrintTheirOwnNumberAndTitle() throws Exception {
        long tien = stored("NB039", "MAU_2C", "Tham gia đầy đủ sinh hoạt chi bộ.");
        long yen = stored("NB034", "CIVIL_SERVICE", "Hoàn thành các nhiệm vụ được giao.");
        Actor admin = actors.account("tochuc");

        try (XWPFDocument document = docx(tien, admin)) {
            assertThat(paragraphs(document)).contains("Mẫu số 02C-HD KĐ.ĐG",
                    "Dùng cho đảng viên không là công chức, viên chức", "Họ và tên: Phùng Văn Tiến",
                    "Tham gia đầy đủ sinh hoạt chi bộ.").doesNotContain("{{");
        }
        assertThat(pdf(tien, admin)).contains("Mẫu số 02C-HD KĐ.ĐG", "Phùng Văn Tiến");
        try (XWPFDocument document = docx(yen, admin)) {
            assertThat(paragraphs(document)).contains("Theo Nghị định của Chính phủ và Quy chế của cơ quan",
                    "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG",
                    "Họ và tên: Nguyễn Hoàng Yến", "Hoàn thành các nhiệm vụ được giao.").doesNotContain("{{");
        }
        assertThat(pdf(yen, admin)).contains("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC", "Nguyễn Hoàng Yến");
    }

    @Test
    void someoneOutsideTheScopeIsAnsweredAsIfTheFormDidNotExist() throws Exception {
        SelfReviewView own = runAs(phong, () -> reviews.openMine(YEAR));

        mvc.perform(get("/annual/self-reviews/{id}/kiem-diem.pdf", own.id()).with(as(actors.cadre("NB040"))))
                .andExpect(status().isNotFound());
    }

    /** A self-review on a form stored as the organisation would hold it, with one section written. */
    private long stored(String cadreCode, String form, String tasks) {
        long cadre = organization.cadreByCode(cadreCode).orElseThrow().id().value();
        long unit = jdbc.queryForObject("""
                select p.unit_id from org_appointment a join org_position p on p.id = a.position_id
                where a.cadre_id = ? order by p.position_rank fetch first 1 rows only""", Long.class, cadre);
        jdbc.update("""
                insert into self_review (subject_key, cadre_id, unit_id, review_year, form, status, created_at, version)
                values (?, ?, ?, ?, ?, 'DRAFT', ?, 0)""", "C" + cadre, cadre, unit, YEAR, form,
                Timestamp.from(clock.instant()));
        long id = jdbc.queryForObject("select id from self_review where subject_key = ? and review_year = ?",
                Long.class, "C" + cadre, YEAR);
        String[] codes = {"QUALITIES", "TASKS", "COMMITMENT", "SUGGESTIONS", "SHORTCOMINGS"};
        for (int i = 0; i < codes.length; i++) {
            jdbc.update("insert into self_review_section (self_review_id, section_code, sort_order, section_text) "
                    + "values (?, ?, ?, ?)", id, codes[i], i + 1, codes[i].equals("TASKS") ? tasks : "");
        }
        return id;
    }

    private XWPFDocument docx(long id, Actor reader) throws Exception {
        byte[] docx = mvc.perform(get("/annual/self-reviews/{id}/kiem-diem.docx", id).with(as(reader)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("kiem-diem-" + id + ".docx", docx);
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private String pdf(long id, Actor reader) throws Exception {
        byte[] pdf = mvc.perform(get("/annual/self-reviews/{id}/kiem-diem.pdf", id).with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return FormReading.pdfText(document);
        }
    }

    private static String paragraphs(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
        document.getTables().forEach(table -> text.append(table.getText()).append('\n'));
        return text.toString();
    }
}
