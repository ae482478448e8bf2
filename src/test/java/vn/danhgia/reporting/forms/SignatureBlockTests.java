package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 12: "no signature block split over two pages". Mẫu 06 of Phòng Kinh tế with one to forty-five cadres puts
 * the end of its table at every height of a landscape page; whatever the length, the signer's title, the note and
 * the name stand on one page of the PDF. The Word templates keep their signature rows whole and their paragraphs
 * together.
 */
class SignatureBlockTests {

    static final FormSigner TRUONG_PHONG = new FormSigner("", "TRƯỞNG PHÒNG", "Trịnh Đình Phong");

    @TempDir
    Path dataDir;

    @Test
    void theSignatureBlockOfAnyLengthOfTableStaysOnOnePage() throws IOException {
        FormRenderer renderer = new FormRenderer(new FormTemplates(dataDir));
        for (int cadres = 1; cadres <= 45; cadres++) {
            try (PDDocument pdf = Loader.loadPDF(render(renderer, cadres))) {
                int lastPage = pdf.getNumberOfPages();
                String page = pageText(pdf, pageWith(pdf, "Trịnh Đình Phong"));
                assertThat(page).as("%d cadres, %d pages", cadres, lastPage)
                        .contains("TRƯỞNG PHÒNG", "(Ký, ghi rõ họ tên và đóng dấu)", "Trịnh Đình Phong");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mau-01", "mau-02", "mau-03", "mau-04", "mau-05", "mau-06", "bien-ban-hoi-dong",
            "thong-bao-cong-khai", "to-trinh-thi-dua", "bien-ban-binh-xet", "bao-cao-thanh-tich"})
    void theWordSignatureBlocksKeepTogether(String template) throws IOException {
        try (InputStream in = new ClassPathResource("forms/" + template + ".docx").getInputStream();
             XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFTable> signatures = document.getTables().stream()
                    .filter(table -> table.getText().contains("Ký, ghi rõ")).toList();
            assertThat(signatures).isNotEmpty();
            for (XWPFTable table : signatures) {
                for (XWPFTableRow row : table.getRows()) {
                    assertThat(row.isCantSplitRow()).as(template).isTrue();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph paragraph : cell.getParagraphs()) {
                            assertThat(paragraph.getCTPPr().isSetKeepNext()).as(template).isTrue();
                        }
                    }
                }
            }
        }
    }

    static byte[] render(FormRenderer renderer, int cadres) throws IOException {
        List<QuarterlySummaryForm.Row> rows = new ArrayList<>();
        for (int number = 1; number <= cadres; number++) {
            rows.add(new QuarterlySummaryForm.Row(String.valueOf(number), "Cán bộ số " + number,
                    "Phó Trưởng phòng, Phòng Kinh tế", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                    "", ""));
        }
        FormHeader header = new FormHeader("VĂN PHÒNG UBND TỈNH NINH BÌNH", "PHÒNG KINH TẾ", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:      /BC-VPUB-NB.KT",
                "Ninh Bình, ngày 25 tháng 3 năm 2063");
        QuarterlySummaryForm form = new QuarterlySummaryForm(header, "I/2063", rows,
                List.of(new QuarterlySummaryForm.Count("Hoàn thành tốt nhiệm vụ", String.valueOf(cadres)),
                        new QuarterlySummaryForm.Count("Tổng số", String.valueOf(cadres))), TRUONG_PHONG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(new FormDocument("mau-06", "mau-06", form), FormFormat.PDF, out);
        return out.toByteArray();
    }

    static int pageWith(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pageText(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("[\\s\\u00A0]+", " ");
    }
}
