package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.imports.ImportFiles.row;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.support.CraftedOfficeFiles;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The /imports pages: the template, the dry run's report listing every problem with its sheet, row and column in
 * Vietnamese, the confirmation, and bad files (not an .xlsx, empty, wrong headers, too large, too many rows), each
 * answered with a message and never a server error.
 */
@DemoDataTest
class ImportPagesTests extends ImportTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void theTemplateHasTheVietnameseHeadersChoicesAndInstructions() throws Exception {
        byte[] template = mvc.perform(get("/imports/cadres/template.xlsx").with(signedIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheet("Cán bộ");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã cán bộ (*)");
            assertThat(data.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Mã chức vụ");
            assertThat(data.getLastRowNum()).isZero();
            assertThat(data.getDataValidations()).hasSize(2);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Danh sách"))).isTrue();
            assertThat(workbook.getSheet("Danh sách").getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("Công chức");
            Sheet instructions = workbook.getSheet("Hướng dẫn");
            assertThat(instructions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("NB101");
        }
    }

    @Test
    void theMenuAndThePageOfferTheKindsToThoseWhoMayImport() throws Exception {
        String admin = page(get("/imports").with(signedIn("admin")));
        assertThat(admin).contains("nav-imports", "import-units", "import-users", "Tải mẫu Excel")
                .doesNotContain("import-catalog");
        String officer = page(get("/imports").with(signedIn("tochuc")));
        assertThat(officer).contains("import-cadres", "import-catalog").doesNotContain("import-units");
        String cadre = page(get("/imports").with(signedIn("canbo")));
        assertThat(cadre).contains("no-kinds").doesNotContain("nav-imports");
        mvc.perform(multipart("/imports/units/preview").file(xlsx(file("admin", ImportKind.UNITS, List.of(
                        row("IMP.X", "Tổ X", "Phòng, ban", "VPUB-NB"))))).with(signedIn("canbo")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/imports/khong-co/template.xlsx").with(signedIn("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void anUploadShowsEveryProblemWithRowAndColumnThenACleanOneIsConfirmed() throws Exception {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);
        String problems = page(multipart("/imports/units/preview").file(xlsx(file("admin", ImportKind.UNITS, List.of(
                row("IMP.TGV", "Tổ giúp việc", "Sở", "VPUB-NB"),
                row("IMP.TTK", null, "Phòng, ban", "IMP.KHONG-CO"))))).with(signedIn("admin")).with(csrf()));
        assertThat(problems).contains("Nhập từ Excel: Đơn vị", "Tệp có 3 lỗi", "Đơn vị", "Loại đơn vị",
                "“Sở” không có trong danh sách", "Ô này bắt buộc phải điền", "Không có đơn vị cấp trên mã IMP.KHONG-CO").doesNotContain("confirm-form");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);

        String preview = page(multipart("/imports/units/preview").file(xlsx(file("admin", ImportKind.UNITS, List.of(
                row("IMP.TGV", "Tổ giúp việc", "Phòng, ban", "VPUB-NB"))))).with(signedIn("admin")).with(csrf()));
        assertThat(preview).contains("Tệp không có lỗi", "confirm-form", "Tạo mới");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
        Matcher upload = Pattern.compile("name=\"uploadId\" value=\"(\\d+)\"").matcher(preview);
        assertThat(upload.find()).isTrue();

        String applied = page(post("/imports/units/confirm").param("uploadId", upload.group(1))
                .with(signedIn("admin")).with(csrf()));
        assertThat(applied).contains("Đã nhập xong: tạo mới 1, cập nhật 0, giữ nguyên 0");
        assertThat(jdbc.queryForObject("select name from org_unit where code = 'IMP.TGV'", String.class))
                .isEqualTo("Tổ giúp việc");
    }

    @Test
    void badFilesAreAnsweredWithAMessageAndNeverAServerError() throws Exception {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        assertThat(page(multipart("/imports/units/preview").file(new MockMultipartFile("file", "don-vi.xlsx",
                "text/plain", "Mã đơn vị;Tên đơn vị".getBytes(StandardCharsets.UTF_8)))
                .with(signedIn("admin")).with(csrf()))).contains("không phải là bảng tính Excel .xlsx");
        // The workbooks are opened as the dossier opens Office files: a zip bomb is refused before it is unpacked.
        assertThat(page(multipart("/imports/units/preview").file(new MockMultipartFile("file", "bom-nen.xlsx", null,
                CraftedOfficeFiles.zipBombWorkbook())).with(signedIn("admin")).with(csrf())))
                .contains("không phải là bảng tính Excel .xlsx");

        mvc.perform(multipart("/imports/units/preview").file(new MockMultipartFile("file", "rong.xlsx", null,
                        new byte[0])).with(signedIn("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "imports.file.none"));

        mvc.perform(multipart("/imports/units/preview").file(new MockMultipartFile("file", "lon.xlsx", null,
                        new byte[6 * 1024 * 1024])).with(signedIn("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "imports.file.too-large"));

        byte[] positionsFile = file("admin", ImportKind.POSITIONS, List.of(
                row("IMP.P", "Tổ trưởng", "Cấp trưởng", "Chức vụ chính quyền", "VPUB-NB", "Có")));
        assertThat(page(multipart("/imports/units/preview").file(xlsx(positionsFile))
                .with(signedIn("admin")).with(csrf())))
                .contains("Tiêu đề cột phải là “Mã đơn vị” như trong mẫu, tệp ghi “Mã chức vụ (*)”");

        assertThat(page(multipart("/imports/units/preview").file(xlsx(file("admin", ImportKind.UNITS, List.of())))
                .with(signedIn("admin")).with(csrf()))).contains("Tệp không có dòng dữ liệu nào");

        List<List<String>> tooMany = new ArrayList<>();
        for (int index = 0; index <= 5000; index++) {
            tooMany.add(row("IMP.N" + index, "Tổ " + index, "Phòng, ban", "VPUB-NB"));
        }
        assertThat(page(multipart("/imports/units/preview").file(xlsx(file("admin", ImportKind.UNITS, tooMany)))
                .with(signedIn("admin")).with(csrf()))).contains("Tệp có hơn 5000 dòng dữ liệu");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void newAccountsPasswordsAreShownOnceAfterTheImport() throws Exception {
        String preview = page(multipart("/imports/users/preview").file(xlsx(file("admin", ImportKind.USERS, List.of(
                row("imp.mai", "Lương Thị Mai", null, null, "Cán bộ tổ chức"))))).with(signedIn("admin")).with(csrf()));
        Matcher upload = Pattern.compile("name=\"uploadId\" value=\"(\\d+)\"").matcher(preview);
        assertThat(upload.find()).isTrue();

        String applied = page(post("/imports/users/confirm").param("uploadId", upload.group(1))
                .with(signedIn("admin")).with(csrf()));

        assertThat(applied).contains("passwords", "imp.mai");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_CREATED'"
                + " and record_id = (select id from user_account where username = 'imp.mai')", Long.class)).isOne();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor signedIn(String username) {
        return TestActors.as(testActors.account(username));
    }

    private static MockMultipartFile xlsx(byte[] content) {
        return new MockMultipartFile("file", "nhap.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }
}
