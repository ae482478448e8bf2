package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;
import static vn.danhgia.support.TestActors.runAs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Mẫu 01 (seed 002 Mẫu số 01, "Kế hoạch công tác của cá nhân theo quý"; §4 Bước 1) printed from the demo data: the
 * approved plan of NB015 Hà Quốc Bảo, Phó Trưởng phòng Kinh tế, for quý I/2034 (a quarter no other test uses), read
 * back from the .docx and the PDF; who may print it follows who may read the plan.
 */
@DemoDataTest
class WorkPlanFormTests {

    private static final Quarter QUARTER = new Quarter(2034, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanningService planning;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcClient jdbc;

    long planId;

    @BeforeEach
    void approvedPlanOfHaQuocBao() {
        clock.setDate(LocalDate.of(2033, 12, 10));
        long cadre = organization.cadreByCode("NB015").orElseThrow().id().value();
        jdbc.sql("delete from work_plan_task where plan_id in (select id from work_plan where cadre_id = ? and "
                + "plan_year = 2034)").param(cadre).update();
        jdbc.sql("delete from work_plan_axis where plan_id in (select id from work_plan where cadre_id = ? and "
                + "plan_year = 2034)").param(cadre).update();
        jdbc.sql("delete from work_plan where cadre_id = ? and plan_year = 2034").param(cadre).update();
        var owner = actors.cadre("NB015");
        WorkPlanView opened = runAs(owner, () -> planning.open(QUARTER));
        WorkPlanView saved = runAs(owner, () -> planning.saveDraft(opened.id(), opened.version(), new PlanDraft(
                Map.of(1, new BigDecimal("55"), 2, BigDecimal.ZERO, 3, new BigDecimal("15"),
                        4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO),
                List.of(new PlanTaskInput(1, null, "Báo cáo tình hình kinh tế - xã hội quý I", "Báo cáo",
                                new BigDecimal("1.2"), BigDecimal.ONE, LocalDate.of(2034, 3, 25)),
                        new PlanTaskInput(1, null, "Tờ trình điều chỉnh kế hoạch đầu tư công", "Tờ trình",
                                new BigDecimal("1.5"), new BigDecimal("2"), LocalDate.of(2034, 2, 28)),
                        new PlanTaskInput(3, null, "Số hóa hồ sơ dự án đầu tư", "Cơ sở dữ liệu", BigDecimal.ONE,
                                BigDecimal.ONE, null)))));
        WorkPlanView submitted = runAs(owner, () -> planning.submit(saved.id(), saved.version()));
        clock.setDate(LocalDate.of(2033, 12, 20));
        runAs(actors.account("truongphong"), () -> planning.approve(submitted.id(), submitted.version(), null));
        planId = submitted.id();
    }

    @Test
    void theWordFormListsTheTasksUnderTheirAxesWithTheSeedsFigures() throws Exception {
        byte[] docx = mvc.perform(get("/plans/{id}/mau-01.docx", planId).with(as(actors.cadre("NB015"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FormFormat.DOCX.contentType()))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"mau-01-2034-1-" + planId + ".docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-01.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = document.getTables().get(0);
            // The header names the cadre's unit under the body above it, from the organisation data.
            assertThat(header.getRow(0).getCell(0).getText()).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH",
                    "PHÒNG KINH TẾ");
            // Dated on the day the plan was submitted.
            // Issue 12: Phòng Kinh tế is a state body, so the national header and motto.
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Ninh Bình, ngày 10 tháng 12 năm 2033");
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text).contains("Quý I năm 2034", "Họ và tên: Hà Quốc Bảo", "Ngày sinh: 25/09/1987",
                    "Chức vụ chính quyền: Phó Trưởng phòng Phòng Kinh tế",
                    "3. Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm",
                    "3.4. Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao",
                    "Đã phê duyệt ngày 20/12/2033");
            XWPFTable tasks = document.getTables().get(1);
            assertThat(FormReading.cells(tasks.getRow(1))).containsExactly("1",
                    "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao (Trục 1)", "", "", "", "");
            assertThat(FormReading.cells(tasks.getRow(2))).containsExactly("1.1", "Báo cáo tình hình kinh tế - xã hội quý I",
                    "Báo cáo", "1", "25/03/2034", "1,2");
            assertThat(FormReading.cells(tasks.getRow(3))).containsExactly("1.2", "Tờ trình điều chỉnh kế hoạch đầu tư công",
                    "Tờ trình", "2", "28/02/2034", "1,5");
            assertThat(FormReading.cells(tasks.getRow(4)).get(0)).isEqualTo("2");
            assertThat(FormReading.cells(tasks.getRow(6))).containsExactly("3.1", "Số hóa hồ sơ dự án đầu tư",
                    "Cơ sở dữ liệu", "1", "", "1");
            // Six axes and three tasks under the column headings.
            assertThat(tasks.getRows()).hasSize(1 + 6 + 3);
        }
    }

    @Test
    void thePdfShowsTheSameFormWithItsVietnameseLetters() throws Exception {
        byte[] pdf = mvc.perform(get("/plans/{id}/mau-01.pdf", planId).with(as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-01.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(FormReading.pdfText(document)).contains("PHÒNG KINH TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "KẾ HOẠCH Công tác của cá nhân Quý I năm 2034", "Họ và tên: Hà Quốc Bảo Ngày sinh: 25/09/1987",
                    "Số hóa hồ sơ dự án đầu tư", "25/03/2034", "28/02/2034", "1,5",
                    "NGƯỜI LẬP KẾ HOẠCH");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truongphong", "tochuc", "thamquyen"})
    void theUnitHeadThePersonnelOfficeAndTheAuthorityPrintThePlan(String username) throws Exception {
        mvc.perform(get("/plans/{id}/mau-01.pdf", planId).with(as(actors.account(username))))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "hoidong", "kiemtra", "admin"})
    void outsideTheScopeThePlanIsNotFound(String username) throws Exception {
        for (String format : List.of("docx", "pdf")) {
            mvc.perform(get("/plans/{id}/mau-01." + format, planId).with(as(actors.account(username))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc phạm vi quản lý của bạn.")));
        }
    }

    @Test
    void anUnknownPlanAFormatOtherThanDocxOrPdfAndAnIdThatIsNoNumberAreRefused() throws Exception {
        var owner = as(actors.cadre("NB015"));
        mvc.perform(get("/plans/{id}/mau-01.pdf", 999_999).with(owner)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/mau-01.odt", planId).with(owner))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Biểu mẫu chỉ tải được dạng docx hoặc pdf, không có dạng &quot;odt&quot;.")));
        mvc.perform(get("/plans/{id}/mau-01.pdf", "abc").with(owner)).andExpect(status().isBadRequest());
    }

    @Test
    void thePlanPageLinksToBothFormats() throws Exception {
        mvc.perform(get("/plans/{id}", planId).with(as(actors.cadre("NB015"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/plans/" + planId + "/mau-01.docx\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tải Mẫu 01 (PDF)")));
    }
}
