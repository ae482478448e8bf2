package vn.danhgia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import software.amazon.awssdk.core.sync.RequestBody;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.DocumentStorage;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.ObjectStoreServer;
import vn.danhgia.support.TestActors;

/**
 * The dossier of Phòng Kinh tế's quarter III/2061 with {@code danhgia.documents.store=s3} (issue 15 §4): a document
 * uploaded through the application lands in the bucket of a real S3 API server, not on the node's disk, and is read
 * back through the application, checked against its SHA-256 as with the filesystem store.
 */
@DemoDataTest
class DossierDocumentsInObjectStoreTests {

    static final Quarter Q3 = new Quarter(2061, 3);
    static final ObjectStoreServer SERVER = ObjectStoreServer.shared();
    static final String BUCKET = SERVER.newBucket();

    @DynamicPropertySource
    static void documentsInTheBucket(DynamicPropertyRegistry registry) {
        SERVER.properties(BUCKET).forEach((name, value) -> registry.add(name, () -> value));
    }

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
        clock.setDate(LocalDate.of(2061, 9, 20));
        hung = actors.account("tochuc");
        fixture.decided("NB014", Q3, RatingLevel.GOOD);
    }

    @AfterEach
    void clean() {
        fixture.clean(Q3);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    ResultActions upload(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/api/v1/dossiers/" + fixture.unitId() + "/2061/3/documents")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).param("kind", "MINUTES")
                .with(TestActors.as(hung)).header("Accept-Language", "vi"));
    }

    long uploaded(byte[] content, String name) throws Exception {
        String body = upload(content, name).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
    }

    ResultActions download(long id) throws Exception {
        return mvc.perform(get("/api/v1/documents/" + id + "/content").with(TestActors.as(hung))
                .header("Accept-Language", "vi"));
    }

    @Test
    void theApplicationStoresInTheBucket() {
        assertThat(context.getBean(DocumentStorage.class).getClass().getSimpleName()).isEqualTo("S3DocumentStorage");
    }

    @Test
    void anUploadedDocumentIsInTheBucketNotOnDiskAndIsReadBackThroughTheApplication() throws Exception {
        byte[] content = pdf("Biên bản họp quý III/2061 " + UUID.randomUUID());
        String sha = sha256(content);
        String key = sha.substring(0, 2) + "/" + sha;

        long id = uploaded(content, "Biên bản họp.pdf");

        assertThat(jdbc.queryForObject("select storage_key from dossier_document where id = ?", String.class, id))
                .isEqualTo(key);
        assertThat(SERVER.keys(BUCKET)).contains(key);
        assertThat(SERVER.client().getObjectAsBytes(object -> object.bucket(BUCKET).key(key)).asByteArray())
                .isEqualTo(content);
        assertThat(dataDir.resolve("documents").resolve(key)).doesNotExist();
        assertThat(download(id).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(content);
    }

    @Test
    void theSameFileUploadedTwiceIsOneObject() throws Exception {
        byte[] content = pdf("Bản tự đánh giá " + UUID.randomUUID());
        long before = SERVER.keys(BUCKET).size();

        long first = uploaded(content, "tu-danh-gia.pdf");
        long second = uploaded(content, "tu-danh-gia (bản sao).pdf");

        assertThat(second).isNotEqualTo(first);
        assertThat(SERVER.keys(BUCKET)).hasSize((int) before + 1);
        assertThat(download(second).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(content);
    }

    @Test
    void anObjectAlteredInTheBucketIsRefusedNeverServed() throws Exception {
        long id = uploaded(pdf("Biên bản " + UUID.randomUUID()), "bien-ban.pdf");
        String key = jdbc.queryForObject("select storage_key from dossier_document where id = ?", String.class, id);
        SERVER.client().putObject(put -> put.bucket(BUCKET).key(key),
                RequestBody.fromBytes(pdf("Biên bản đã bị sửa")));

        String body = download(id).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).contains("không khớp với mã kiểm tra SHA-256").doesNotContain("Biên bản đã bị sửa");
    }

    @Test
    void aTooLargeFileIsRefusedWithItsMessageAndNothingReachesTheBucket() throws Exception {
        long before = SERVER.keys(BUCKET).size();
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf(""), 0, large, 0, 5);

        upload(large, "lon.pdf").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Tệp lớn quá 20 MB."));

        assertThat(SERVER.keys(BUCKET)).hasSize((int) before);
        assertThat(jdbc.queryForObject("select count(*) from dossier_document where period_year = 2061",
                Long.class)).isZero();
    }
}
