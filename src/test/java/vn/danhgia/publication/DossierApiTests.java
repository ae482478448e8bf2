package vn.danhgia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.CraftedOfficeFiles;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The dossier of Phòng Kinh tế's quarter III/2031 (seed 000 §III.5 "Hồ sơ đánh giá, xếp loại cán bộ hằng quý"; seed
 * 002 §4 Bước 6 "lưu giữ tại cấp có thẩm quyền quản lý"): upload with checksum, verified download, limits, access.
 */
@DemoDataTest
class DossierApiTests {

    static final Quarter Q3 = new Quarter(2031, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Value("${danhgia.data-dir}")
    Path dataDir;

    RatingFixture fixture;
    Actor hung;

    @BeforeEach
    void setUp() {
        fixture = new RatingFixture(context);
        clean();
        clock.setDate(LocalDate.of(2031, 9, 20));
        hung = actors.account("tochuc");
        fixture.decided("NB014", Q3, RatingLevel.GOOD);
    }

    @AfterEach
    void clean() {
        fixture.clean(Q3);
    }

    String documents() {
        return "/api/v1/dossiers/" + fixture.unitId() + "/2031/3/documents";
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    ResultActions upload(Actor actor, MockMultipartFile file, String kind, Long cadreId) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(documents()).file(file);
        request.param("kind", kind);
        if (cadreId != null) {
            request.param("cadreId", cadreId.toString());
        }
        return mvc.perform(request.with(TestActors.as(actor)).header("Accept-Language", "vi"));
    }

    long uploaded(Actor actor, byte[] content, String name, Long cadreId) throws Exception {
        String body = upload(actor, new MockMultipartFile("file", name, "application/pdf", content), "SELF_ASSESSMENT",
                cadreId).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(
                StandardCharsets.UTF_8);
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
    }

    long documentCount() {
        return jdbc.queryForObject("select count(*) from dossier_document where period_year = 2031"
                + " and period_quarter = 3", Long.class);
    }

    @Test
    void uploadStoresTheFileWithItsChecksumAndDownloadGivesItBackUnderItsVietnameseName() throws Exception {
        byte[] content = pdf("Bản tự đánh giá " + UUID.randomUUID());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        long id = uploaded(hung, content, "C:\\Hồ sơ\\Bản tự đánh giá quý III.pdf", fixture.cadre("NB014"));

        assertThat(jdbc.queryForMap("select original_name, content_type, size_bytes, sha256, storage_key"
                + " from dossier_document where id = ?", id))
                .containsEntry("original_name", "Bản tự đánh giá quý III.pdf")
                .containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) content.length)
                .containsEntry("sha256", sha)
                .containsEntry("storage_key", sha.substring(0, 2) + "/" + sha);
        assertThat(Files.readAllBytes(dataDir.resolve("documents").resolve(sha.substring(0, 2)).resolve(sha)))
                .isEqualTo(content);

        byte[] downloaded = mvc.perform(get("/api/v1/documents/" + id + "/content").with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''B%E1%BA%A3n%20t%E1%BB%B1")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(content);
        // The cadre the document is about downloads it too, and sees it among their documents.
        mvc.perform(get("/api/v1/documents/" + id + "/content").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/mine").with(TestActors.as(actors.account("canbo"))))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].sha256").value(sha));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DOCUMENT_ADDED'"
                + " and record_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void aFileAlteredOnDiskIsRefusedNeverServed() throws Exception {
        byte[] content = pdf("Biên bản " + UUID.randomUUID());
        long id = uploaded(hung, content, "bien-ban.pdf", null);
        String key = jdbc.queryForObject("select storage_key from dossier_document where id = ?", String.class, id);
        Files.write(dataDir.resolve("documents").resolve(key), pdf("Biên bản đã bị sửa"));

        String body = mvc.perform(get("/api/v1/documents/" + id + "/content").with(TestActors.as(hung))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("không khớp với mã kiểm tra SHA-256").doesNotContain("Biên bản đã bị sửa");
    }

    @Test
    void tooLargeOrWrongTypeIsRefusedWithAVietnameseMessageAndNothingStored() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf("").clone(), 0, large, 0, 5);
        upload(hung, new MockMultipartFile("file", "lon.pdf", "application/pdf", large), "OTHER", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Tệp lớn quá 20 MB."));
        upload(hung, new MockMultipartFile("file", "virus.exe", "application/pdf", pdf("x")), "OTHER", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Chỉ nhận tệp pdf, docx, xlsx, jpg hoặc png."));
        upload(hung, new MockMultipartFile("file", "gia.pdf", "application/pdf",
                "<html>không phải pdf</html>".getBytes(StandardCharsets.UTF_8)), "OTHER", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Nội dung tệp không đúng với phần mở rộng của tên tệp."));
        upload(hung, new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("x")), "NOT_A_KIND", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng chọn loại tài liệu."));
        upload(hung, new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("x")), "OTHER",
                fixture.cadre("NB036")).andExpect(status().isBadRequest());
        assertThat(documentCount()).isZero();
    }

    @Test
    void officeFilesAreOpenedUnderLimitsAndCraftedOnesAreRefusedWithNothingStored() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        String notOffice = "Tệp không phải tài liệu Word hoặc Excel hợp lệ, hoặc có nội dung không an toàn (nén bất"
                + " thường, khai báo DOCTYPE); tệp không được lưu.";
        record Crafted(String name, String type, byte[] content, String message) {
        }
        for (Crafted crafted : new Crafted[] {
                new Crafted("bom-nen.xlsx", xlsx, CraftedOfficeFiles.zipBombWorkbook(), notOffice),
                new Crafted("xxe.docx", docx, CraftedOfficeFiles.externalEntityDocument(), notOffice),
                new Crafted("nen.xlsx", xlsx, CraftedOfficeFiles.plainZip(), notOffice),
                new Crafted("van-ban.xlsx", xlsx, CraftedOfficeFiles.document(),
                        "Nội dung tệp không đúng với phần mở rộng của tên tệp.")}) {
            upload(hung, new MockMultipartFile("file", crafted.name(), crafted.type(), crafted.content()), "OTHER",
                    null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"))
                    .andExpect(jsonPath("$.errors[0].message").value(crafted.message()));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(crafted.content()));
            assertThat(dataDir.resolve("documents").resolve(sha.substring(0, 2)).resolve(sha))
                    .as(crafted.name()).doesNotExist();
        }
        assertThat(documentCount()).isZero();

        // Sound Word and Excel files are kept.
        upload(hung, new MockMultipartFile("file", "bien-ban.xlsx", xlsx, CraftedOfficeFiles.workbook()), "MINUTES",
                null).andExpect(status().isCreated());
        upload(hung, new MockMultipartFile("file", "nhan-xet.docx", docx, CraftedOfficeFiles.document()),
                "OLD_UNIT_ASSESSMENT", fixture.cadre("NB014")).andExpect(status().isCreated());
        assertThat(documentCount()).isEqualTo(2);
    }

    @Test
    void accessToTheDossierPerRole() throws Exception {
        long aboutMai = uploaded(hung, pdf("Mai " + UUID.randomUUID()), "mai.pdf", fixture.cadre("NB014"));
        long aboutUnit = uploaded(actors.account("thamquyen"), pdf("Đơn vị " + UUID.randomUUID()), "don-vi.pdf", null);
        String dossier = "/api/v1/dossiers/" + fixture.unitId() + "/2031/3";
        // personnel officer serving the unit, and the authority deciding for its head
        mvc.perform(get(dossier).with(TestActors.as(hung))).andExpect(status().isOk())
                .andExpect(jsonPath("$.documents.length()").value(2));
        mvc.perform(get(dossier).with(TestActors.as(actors.account("thamquyen")))).andExpect(status().isOk());
        // own cadre and unit head see the unit but do not keep its dossier
        mvc.perform(get(dossier).with(TestActors.as(actors.account("canbo")))).andExpect(status().isForbidden());
        // The unit head as such sees the unit but does not keep its dossier; truongphong's account also decides for
        // his deputies (seed 000 §III.1.2), so as that authority he does.
        mvc.perform(get(dossier).with(TestActors.as(actors.cadre("NB013", Role.UNIT_HEAD))))
                .andExpect(status().isForbidden());
        mvc.perform(get(dossier).with(TestActors.as(actors.account("truongphong")))).andExpect(status().isOk());
        mvc.perform(get(dossier).with(TestActors.as(actors.account("kiemtra")))).andExpect(status().isNotFound());
        mvc.perform(get(dossier).with(TestActors.as(actors.cadre("NB036")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/999999/2031/3").with(TestActors.as(hung)))
                .andExpect(status().isNotFound());
        // uploads
        upload(actors.account("canbo"), new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("c")),
                "OTHER", null).andExpect(status().isForbidden());
        upload(actors.cadre("NB013", Role.UNIT_HEAD), new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("t")),
                "OTHER", null).andExpect(status().isForbidden());
        upload(actors.account("kiemtra"), new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("k")),
                "OTHER", null).andExpect(status().isNotFound());
        upload(actors.cadre("NB036"), new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("s")),
                "OTHER", null).andExpect(status().isNotFound());
        // downloads: Mai gets the one about her, not the unit's; a document one may not read is not found
        mvc.perform(get("/api/v1/documents/" + aboutMai + "/content").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/" + aboutUnit + "/content").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + aboutMai + "/content")
                .with(TestActors.as(actors.cadre("NB013", Role.UNIT_HEAD)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + aboutMai + "/content").with(TestActors.as(actors.account("kiemtra"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + aboutMai + "/content").with(TestActors.as(actors.cadre("NB036"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/999999/content").with(TestActors.as(hung)))
                .andExpect(status().isNotFound());
        assertThat(documentCount()).isEqualTo(2);
    }

    @Test
    void aDocumentTheReaderMayNotReadIsNotFoundInTheirOwnUnitAsElsewhere() throws Exception {
        long aboutMai = uploaded(hung, pdf("Mai " + UUID.randomUUID()), "mai.pdf", fixture.cadre("NB014"));
        long aboutUnit = uploaded(hung, pdf("Đơn vị " + UUID.randomUUID()), "don-vi.pdf", null);
        // Lương Thị Mai and the head of Phòng Kinh tế (as unit head only) belong to the unit; Tống Văn Thịnh (Nhà
        // khách tỉnh) does not. None of them may read these documents, and none learns that they exist.
        Actor mai = actors.account("canbo");
        Actor phong = actors.cadre("NB013", Role.UNIT_HEAD);
        Actor thinh = actors.cadre("NB036");
        for (String path : new String[] {"/api/v1/documents/" + aboutUnit + "/content", "/review/documents/" + aboutUnit}) {
            for (Actor reader : new Actor[] {mai, phong, thinh}) {
                mvc.perform(get(path).with(TestActors.as(reader)))
                        .andExpect(status().isNotFound());
            }
        }
        for (Actor reader : new Actor[] {phong, thinh}) {
            mvc.perform(get("/api/v1/documents/" + aboutMai + "/content").with(TestActors.as(reader)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/documents/" + aboutMai + "/content").with(TestActors.as(mai)))
                .andExpect(status().isOk());
    }

    @Test
    void dossierPageListsTheRecordsAndTheUploadForm() throws Exception {
        uploaded(hung, pdf("Trang " + UUID.randomUUID()), "Biên bản họp.pdf", null);
        String page = mvc.perform(get("/review/dossiers/" + fixture.unitId() + "/2031/3").with(TestActors.as(hung))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hồ sơ đánh giá, xếp loại quý", "Biên bản họp.pdf", "multipart/form-data",
                "_csrf");
    }
}
