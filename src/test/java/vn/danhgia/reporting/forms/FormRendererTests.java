package vn.danhgia.reporting.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.organization.UnitId;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.CriterionGroup;

/**
 * The rendering infrastructure on a Mẫu 01 built by hand (seed 002 Mẫu số 01): the Word and PDF templates shipped on
 * the class path, read back with POI and PDFBox; a template in the data directory replaces the shipped one.
 */
class FormRendererTests {

    @TempDir
    Path dataDir;

    @Test
    void theWordFormHasTheHeaderTheCadreAndOneRowPerAxisAndTask() throws IOException {
        byte[] docx = render(FormFormat.DOCX);

        try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("VĂN PHÒNG UBND TỈNH NINH BÌNH",
                    "PHÒNG KINH TẾ");
            assertThat(header.getRow(0).getCell(1).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Ninh Bình, ngày 05 tháng 01 năm 2027");
            String text = bodyText(document);
            assertThat(text).contains("Họ và tên: Hà Quốc Bảo", "Ngày sinh: 25/09/1987",
                    "Chức vụ chính quyền: Phó Trưởng phòng Phòng Kinh tế", "Quý I năm 2027",
                    "1. Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương",
                    "1.1. Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân");
            assertThat(text).doesNotContain("{{", "}}");
            XWPFTable tasks = document.getTables().get(1);
            assertThat(FormReading.cells(tasks.getRow(1))).containsExactly("1",
                    "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao (Trục 1)", "", "", "", "");
            assertThat(FormReading.cells(tasks.getRow(2))).containsExactly("1.1", "Báo cáo kinh tế - xã hội quý I", "Báo cáo",
                    "1", "25/03/2027", "1,2");
            assertThat(tasks.getRows()).hasSize(3);
        }
    }

    @Test
    void thePdfEmbedsAFontWithEveryVietnameseLetterUsed() throws IOException {
        byte[] pdf = render(FormFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = FormReading.pdfText(document);
            assertThat(text).contains("Họ và tên: Hà Quốc Bảo Ngày sinh: 25/09/1987","ĐẢNG CỘNG SẢN VIỆT NAM", "PHÒNG KINH TẾ", "Hà Quốc Bảo",
                    "Ninh Bình, ngày 05 tháng 01 năm 2027", "Báo cáo kinh tế - xã hội quý I", "25/03/2027", "1,2",
                    "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao (Trục 1)", "NGƯỜI LẬP KẾ HOẠCH");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void aTemplateInTheDataDirectoryReplacesTheShippedOneWithoutARestart() throws IOException {
        FormRenderer renderer = new FormRenderer(new FormTemplates(dataDir));
        String shipped = pdfText(renderer);
        assertThat(shipped).contains("KẾ HOẠCH");

        Files.createDirectories(dataDir.resolve("forms"));
        String changed;
        try (InputStream in = getClass().getResourceAsStream("/forms/mau-01.xhtml")) {
            changed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("NGƯỜI LẬP KẾ HOẠCH", "CÁN BỘ LẬP KẾ HOẠCH (mẫu của đơn vị)");
        }
        Files.writeString(dataDir.resolve("forms/mau-01.xhtml"), changed);

        assertThat(pdfText(renderer)).contains("CÁN BỘ LẬP KẾ HOẠCH (mẫu của đơn vị)")
                .doesNotContain("NGƯỜI LẬP KẾ HOẠCH");
    }

    private String pdfText(FormRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(form(), FormFormat.PDF, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return FormReading.pdfText(document);
        }
    }

    private byte[] render(FormFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FormRenderer(new FormTemplates(dataDir)).write(form(), format, out);
        FormReading.keepForPreview("mau-01-by-hand." + format.extension(), out.toByteArray());
        return out.toByteArray();
    }

    /** Mẫu 01 of NB015 Hà Quốc Bảo, Phó Trưởng phòng Kinh tế (seed 000), with one task on axis 1. */
    static FormDocument form() {
        FormHeader header = new FormHeader("VĂN PHÒNG UBND TỈNH NINH BÌNH", "PHÒNG KINH TẾ", "*",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "", "", "Ninh Bình, ngày 05 tháng 01 năm 2027");
        CadreParticulars cadre = new CadreParticulars("Hà Quốc Bảo", "25/09/1987",
                "Chi ủy viên Chi bộ Phòng Kinh tế", "Phó Trưởng phòng Phòng Kinh tế", "", "Phòng Kinh tế",
                new UnitId(1));
        CriterionGroup ethics = new CriterionGroup(1,
                "Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương",
                List.of(new CriterionDefinition("1.1", "Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân",
                        new BigDecimal("2"))));
        List<WorkPlanForm.TaskRow> tasks = List.of(
                WorkPlanForm.TaskRow.ofAxis("1", "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao (Trục 1)"),
                new WorkPlanForm.TaskRow(false, "1.1", "Báo cáo kinh tế - xã hội quý I", "Báo cáo", "1",
                        "25/03/2027", "1,2"));
        return new FormDocument("mau-01", "mau-01-2027-1-1",
                new WorkPlanForm(header, "Quý I năm 2027", cadre, List.of(ethics), tasks, "Đã phê duyệt ngày 20/12/2026"));
    }

    private static String bodyText(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(paragraph -> text.append(paragraph.getText()).append('\n'));
        return text.toString();
    }
}
