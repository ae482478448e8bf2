package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Mẫu 02 (seed 002 Mẫu số 02, "BẢNG DANH MỤC Sản phẩm/công việc chuẩn"; Phụ lục 1) printed from the demo catalogue of
 * Văn phòng UBND tỉnh Ninh Bình, version 1 (which stays as loaded whatever newer versions other tests approve): the
 * seed's ten columns read back from the .docx and the PDF; who may print it follows who may open the catalogue.
 */
@DemoDataTest
class CatalogueFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalogues;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors actors;

    long versionId;

    @BeforeEach
    void firstVersionOfTheOffice() {
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        versionId = TestActors.runAs(actors.account("admin"), () -> catalogues.catalogues(Optional.of(office))
                .stream().filter(version -> version.versionNumber() == 1).findFirst().orElseThrow().id());
    }

    @Test
    void theWordFormHasTheSeedsTenColumnsWithTheItemsFiguresTheVietnameseWay() throws Exception {
        byte[] docx = mvc.perform(get("/catalog/{id}/mau-02.docx", versionId).with(as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-02.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText())
                    .contains("VĂN PHÒNG UBND TỈNH NINH BÌNH");
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
            assertThat(text).contains("BẢNG DANH MỤC",
                    "Sản phẩm/công việc chuẩn của Văn phòng UBND tỉnh Ninh Bình",
                    "Phiên bản 1; điểm của sản phẩm/công việc chuẩn: 100");
            XWPFTable items = document.getTables().get(1);
            assertThat(FormReading.cells(items.getRow(0))).containsExactly("TT", "Nhiệm vụ theo Quý",
                    "Cấp trình (cấp phê duyệt)", "Độ khó, mới, phức tạp; phạm vi tác động", "Sản phẩm", "Số lượng",
                    "Tiến độ (mốc thời gian hoàn thành)", "Ghi chú", "Điểm chấm công việc", "Hệ số quy đổi");
            // Seed 002 Mẫu 02 row 3; and row 6 whose coefficient 0,5 is written with a decimal comma.
            assertThat(FormReading.cells(items.getRow(3))).containsExactly("3",
                    "Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý", "Cấp có thẩm quyền phê duyệt",
                    "Thường xuyên, nhưng có tính thống kê, tổng hợp cao hơn tháng, tác động lớn hơn báo cáo hằng "
                            + "tháng", "Báo cáo", "01", "Theo quy định ngày tháng cuối mỗi quý", "Công việc chuẩn",
                    "120", "1,2");
            assertThat(FormReading.cells(items.getRow(6))).containsExactly("6",
                    "Quyết định điều động, tiếp nhận công chức", "Cấp có thẩm quyền phê duyệt",
                    "Thường xuyên, chủ yếu là kiểm tra điều kiện, tiêu chuẩn", "Quyết định/Công văn", "01",
                    "Thường xuyên khi phát sinh", "Công việc chuẩn", "50", "0,5");
            assertThat(items.getRows()).hasSize(1 + 8);
        }
    }

    @Test
    void thePdfIsLandscapeWithTheItemsAndTheirDiacritics() throws Exception {
        byte[] pdf = mvc.perform(get("/catalog/{id}/mau-02.pdf", versionId).with(as(actors.account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        FormReading.keepForPreview("mau-02.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(FormReading.pdfText(document)).contains("BẢNG DANH MỤC",
                    "chính đốn Đảng", "Quyết định điều động,", "0,5", "1,5",
                    // Issue 12: signed by the head of the office whose catalogue it is, not the seed's alternatives.
                    "CHÁNH VĂN PHÒNG", "Đinh Quang Thắng").doesNotContain("T/M BAN THƯỜNG VỤ ĐẢNG ỦY TRỰC THUỘC TỈNH ỦY");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"canbo", "truongphong", "hoidong", "kiemtra"})
    void outsideTheOfficesScopeTheCatalogueIsNotFound(String username) throws Exception {
        for (String format : List.of("docx", "pdf")) {
            mvc.perform(get("/catalog/{id}/mau-02." + format, versionId).with(as(actors.account(username))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
        }
    }

    @Test
    void theCataloguePageLinksToBothFormatsAndABadAddressIsRefused() throws Exception {
        var officer = as(actors.account("tochuc"));
        mvc.perform(get("/catalog/{id}", versionId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/catalog/" + versionId + "/mau-02.pdf\"")))
                .andExpect(content().string(containsString("Tải Mẫu 02 (Word)")));
        mvc.perform(get("/catalog/{id}/mau-02.pdf", 999_999).with(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/{id}/mau-02.xlsx", versionId).with(officer)).andExpect(status().isBadRequest());
    }
}
