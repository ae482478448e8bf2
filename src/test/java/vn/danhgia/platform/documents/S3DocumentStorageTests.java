package vn.danhgia.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.danhgia.platform.DocumentStorage;
import vn.danhgia.support.ObjectStoreServer;

/**
 * The object store against a real S3 API server (S3Proxy, {@link ObjectStoreServer}): the contract of the filesystem
 * store, the same keys, and a start that stops with a clear message when the bucket cannot be used.
 */
class S3DocumentStorageTests {

    static final ObjectStoreServer SERVER = ObjectStoreServer.shared();

    String bucket;
    S3Client client;
    S3DocumentStorage storage;

    @BeforeEach
    void setUp() {
        bucket = SERVER.newBucket();
        client = S3DocumentStoreConfiguration.client(settings(bucket, ObjectStoreServer.SECRET_KEY));
        storage = new S3DocumentStorage(client, bucket);
    }

    static S3DocumentStoreSettings settings(String bucket, String secretKey) {
        return new S3DocumentStoreSettings(SERVER.endpoint().toString(), ObjectStoreServer.REGION, bucket,
                ObjectStoreServer.ACCESS_KEY, secretKey, true);
    }

    static byte[] minutes(String text) {
        return ("%PDF-1.7\nBiên bản họp Hội đồng quý III/2061 " + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void storedContentIsReadBackUnderItsDigestKey() throws Exception {
        byte[] content = minutes("bản chính");
        String sha = sha256(content);

        DocumentStorage.Stored stored = storage.store(new ByteArrayInputStream(content), 1_000);

        assertThat(stored).isEqualTo(new DocumentStorage.Stored(sha.substring(0, 2) + "/" + sha, sha,
                content.length));
        assertThat(SERVER.keys(bucket)).containsExactly(stored.key());
        assertThat(storage.read(stored.key())).isEqualTo(content);
    }

    @Test
    void theSameContentTwiceIsOneObject() throws Exception {
        byte[] content = minutes("gửi hai lần");

        DocumentStorage.Stored first = storage.store(new ByteArrayInputStream(content), 1_000);
        DocumentStorage.Stored second = storage.store(new ByteArrayInputStream(content), 1_000);
        storage.store(new ByteArrayInputStream(minutes("bản khác")), 1_000);

        assertThat(second).isEqualTo(first);
        assertThat(SERVER.keys(bucket)).hasSize(2).contains(first.key());
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingKept() {
        byte[] content = minutes("quá lớn");

        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(content), content.length - 1))
                .isInstanceOf(DocumentStorage.TooLarge.class);

        assertThat(SERVER.keys(bucket)).isEmpty();
    }

    @Test
    void contentExactlyAtTheLimitIsKept() throws Exception {
        byte[] content = minutes("vừa đủ");

        storage.store(new ByteArrayInputStream(content), content.length);

        assertThat(SERVER.keys(bucket)).hasSize(1);
    }

    @Test
    void aKeyThatIsNotADigestIsRefusedWithoutAsking() throws Exception {
        byte[] content = minutes("khóa lạ");
        String key = storage.store(new ByteArrayInputStream(content), 1_000).key();
        // The same content under names that are not keys: the store must not hand them out.
        for (String other : List.of(key.toUpperCase(), key.substring(3))) {
            client.putObject(put -> put.bucket(bucket).key(other), RequestBody.fromBytes(content));
        }

        for (String bad : List.of("../" + key, key.toUpperCase(), key.substring(3), "ab/../" + key.substring(3),
                "")) {
            assertThatThrownBy(() -> storage.read(bad)).isInstanceOf(IOException.class)
                    .isNotInstanceOf(NoSuchFileException.class).hasMessageContaining("not a document key");
        }
    }

    @Test
    void aMissingObjectIsReportedAsMissing() throws Exception {
        String sha = sha256(minutes("chưa bao giờ lưu"));

        assertThatThrownBy(() -> storage.read(sha.substring(0, 2) + "/" + sha))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aMissingBucketStopsTheStartWithItsName() {
        S3DocumentStorage nowhere = new S3DocumentStorage(client, "danhgia-khong-co");

        assertThatThrownBy(() -> nowhere.checkBucket(SERVER.endpoint().toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'danhgia-khong-co'").hasMessageContaining("no such bucket");
    }

    @Test
    void wrongCredentialsStopTheStartNamingThem() {
        try (S3Client wrong = S3DocumentStoreConfiguration.client(settings(bucket, "not-the-secret"))) {
            assertThatThrownBy(() -> new S3DocumentStorage(wrong, bucket).checkBucket("test"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("access denied");
        }
    }

    @Test
    void anUnreachableServerStopsTheStart() {
        S3DocumentStoreSettings closed = new S3DocumentStoreSettings("http://127.0.0.1:9", ObjectStoreServer.REGION,
                bucket, ObjectStoreServer.ACCESS_KEY, ObjectStoreServer.SECRET_KEY, true);
        try (S3Client unreachable = S3DocumentStoreConfiguration.client(closed)) {
            assertThatThrownBy(() -> new S3DocumentStorage(unreachable, bucket).checkBucket(closed.where()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot reach")
                    .hasMessageContaining("127.0.0.1:9");
        }
    }
}
