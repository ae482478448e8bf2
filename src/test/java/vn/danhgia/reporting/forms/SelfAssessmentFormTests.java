package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Mẫu 03 (seed 002 Mẫu số 03, "Bản tự đánh giá, chấm điểm và xếp loại của cá nhân"; §4 Bước 2–3) printed from the
 * demo data: NB015 Hà Quốc Bảo's self-assessment of quý I/2035 (a quarter no other test uses), three tasks on axis 1,
 * the first above requirement, appraised by the personnel office proposing EXCELLENT with one task "basically meets"
 * (seed 002 §4 Bước 3: "mức độ đáp ứng yêu cầu theo 03 mức"). Part III is the competent level's; the cadre sees it
 * once the result is announced to them (seed 002 §4 Bước 6).
 */
@DemoDataTest
class SelfAssessmentFormTests {

    private static final Quarter QUARTER = new Quarter(2035, 1);

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

    long assessmentId;

    @BeforeEach
    void appraisedSelfAssessmentOfHaQuocBao() {
        removeTheQuarter();
        long cadre = organization.cadreByCode("NB015").orElseThrow().id().value();
        String ofTheQuarter = "select id from self_assessment where cadre_id = ? and period_year = 2035";
        new SubmittedSelfAssessments(jdbc, organization, access).appraised("NB015", QUARTER, 1, true, "EXCELLENT");
        assessmentId = jdbc.queryForObject(ofTheQuarter, Long.class, cadre);
        // Every criterion marked met, as the cadre's sheet holds it: a criterion nobody chose is printed unticked.
        jdbc.update("""
                insert into self_assessment_criterion (assessment_id, criterion_code, met)
                select ?, c.code, true from scheme_criterion c
                join scheme_criterion_group g on g.id = c.group_id join evaluation_scheme s on s.id = g.scheme_id
                where s.code = 'AG-02-HD-TU-2026'""", assessmentId);
        jdbc.update("""
                insert into appraisal_task (appraisal_id, self_assessment_task_id, done_quantity, quality, timeliness,
                                            leadership, response_level)
                select a.id, t.id, t.done_quantity, t.quality, t.timeliness, t.leadership, 'BASICALLY_MEETS'
                from appraisal a join self_assessment_task t on t.assessment_id = a.self_assessment_id
                where a.self_assessment_id = ? and t.sort_order = 2""", assessmentId);
    }

    /** Leaves quarter I/2035 of Hà Quốc Bảo as it found it: DashboardTests writes the same quarter. */
    @AfterEach
    void removeTheQuarter() {
        long cadre = organization.cadreByCode("NB015").orElseThrow().id().value();
        String ofTheQuarter = "select id from self_assessment where cadre_id = ? and period_year = 2035";
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where "
                + "self_assessment_id in (" + ofTheQuarter + "))", cadre);
        jdbc.update("delete from appraisal where self_assessment_id in (" + ofTheQuarter + ")", cadre);
        jdbc.update("delete from self_assessment_task where assessment_id in (" + ofTheQuarter + ")", cadre);
        jdbc.update("delete from self_assessment_axis where assessment_id in (" + ofTheQuarter + ")", cadre);
        jdbc.update("delete from self_assessment_criterion where assessment_id in (" + ofTheQuarter + ")", cadre);
        jdbc.update("delete from self_assessment where cadre_id = ? and period_year = 2035", cadre);
    }

    @Test
    void theWordFormHasPartsIToIiiWithTheSeedsColumnsAndTheFigures() throws Exception {
        byte[] docx = mvc.perform(get("/assessment/self-assessments/{id}/mau-03.docx", assessmentId)
                        .with(as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-03.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable criteria = document.getTables().get(1);
            assertThat(FormReading.cells(criteria.getRow(0))).containsExactly("TT", "Tiêu chí / Nội dung",
                    "Đảm bảo (Đánh dấu X)", "Không đảm bảo (Đánh dấu X)", "Điểm tối đa", "Điểm đạt");
            assertThat(FormReading.cells(criteria.getRow(1))).containsExactly("1",
                    "Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương", "", "", "18", "18");
            assertThat(FormReading.cells(criteria.getRow(2))).startsWith("1.1").contains("X", "2");
            assertThat(FormReading.cells(criteria.getRow(criteria.getRows().size() - 1)))
                    .containsExactly("", "Tổng (A) =", "", "", "30", "30");

            XWPFTable tasks = document.getTables().get(2);
            // Seed 002 Phụ lục 2: KPI = (A + B + C + D) / 4 = (1 + 3,2/3 × 3) / 4 = 1,05; points = KPI × 70.
            assertThat(FormReading.cells(tasks.getRow(1))).containsExactly("1",
                    "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao (Trục 1)", "", "", "105", "70", "73,5");
            assertThat(FormReading.cells(tasks.getRow(2))).containsExactly("1.1", "Nhiệm vụ 1", "1", "1", "", "", "");
            assertThat(FormReading.cells(tasks.getRow(tasks.getRows().size() - 1)))
                    .containsExactly("", "TỔNG (A) + (B) =", "", "", "", "100", "103,5");

            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text).contains("BẢN TỰ ĐÁNH GIÁ, CHẤM ĐIỂM VÀ XẾP LOẠI CỦA CÁ NHÂN", "Quý I năm 2035",
                    "Họ và tên: Hà Quốc Bảo",
                    "II. Tự đề xuất xếp loại mức chất lượng: Hoàn thành xuất sắc nhiệm vụ",
                    "- Chấm điểm: 100 điểm", "- Đề xuất xếp loại: Hoàn thành xuất sắc nhiệm vụ",
                    "- Mức độ đáp ứng đối với các mục tiêu, nhiệm vụ then chốt: Cơ bản đáp ứng yêu cầu nhưng còn "
                            + "hạn chế, cần tiếp tục hoàn thiện");
        }
    }

    @Test
    void theCadreSeesPartIiiBlankUntilTheResultIsAnnounced() throws Exception {
        byte[] pdf = mvc.perform(get("/assessment/self-assessments/{id}/mau-03.pdf", assessmentId)
                        .with(as(actors.cadre("NB015"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = FormReading.pdfText(document);
            assertThat(text).contains("Hà Quốc Bảo", "Tự đề xuất xếp loại mức chất lượng: Hoàn thành xuất sắc nhiệm vụ",
                    "- Chấm điểm: - Đề xuất xếp loại: - Mức độ đáp ứng");
        }
    }

    @Test
    void thePdfShowsThePartOfTheCompetentLevelToTheUnitHead() throws Exception {
        byte[] pdf = mvc.perform(get("/assessment/self-assessments/{id}/mau-03.pdf", assessmentId)
                        .with(as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-03.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Issue 12: Phòng Kinh tế is a state body; part III is confirmed by the authority seed 000 §III.1.2 names.
            assertThat(FormReading.pdfText(document)).contains("PHÒNG KINH TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Tổng (A) = 30 30", "TỔNG (A) + (B) = 100 103,5", "- Chấm điểm: 100 điểm",
                    "XÁC NHẬN CỦA CHI BỘ PHÒNG KINH TẾ, PHÒNG KINH TẾ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "hoidong", "kiemtra"})
    void outsideTheScopeTheSelfAssessmentIsNotFound(String username) throws Exception {
        for (String format : List.of("docx", "pdf")) {
            mvc.perform(get("/assessment/self-assessments/{id}/mau-03." + format, assessmentId)
                            .with(as(actors.account(username))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
        }
    }

    @Test
    void theSelfAssessmentPageLinksToBothFormats() throws Exception {
        mvc.perform(get("/assessment/self-assessments/{id}", assessmentId).with(as(actors.cadre("NB015"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"/assessment/self-assessments/" + assessmentId + "/mau-03.docx\"")));
    }
}
