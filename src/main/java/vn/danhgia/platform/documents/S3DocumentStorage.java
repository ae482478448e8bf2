package vn.danhgia.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.danhgia.platform.DocumentStorage;

/**
 * Documents as objects {@code <first two hex digits>/<sha-256>} in one bucket of an S3-compatible object store, so
 * that every application node reads what any of them stored. The keys are those of the filesystem store: a
 * {@code documents} folder copied into the bucket as it is (without {@code incoming/}) is read unchanged. The content is
 * spooled to a temporary file while its digest is computed, because the key is the digest; it is sent only when the
 * bucket does not hold the key yet, with its length, its MD5 and, where the server takes it, its SHA-256, which the
 * server checks against what it received. A half-sent object is never visible: S3 keeps an object only once its
 * upload is complete.
 */
class S3DocumentStorage implements DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStorage.class);

    private final S3Client s3;
    private final String bucket;
    private volatile boolean serverTakesSha256 = true;

    S3DocumentStorage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Stored store(InputStream content, long maxBytes) throws IOException {
        Path spooled = Files.createTempFile("danhgia-document-", ".part");
        try {
            DigestedCopy copy = DigestedCopy.copy(content, spooled, maxBytes);
            String key = copy.key();
            if (!holds(key)) {
                // Two nodes storing the same content at once both put the same bytes under the same key: harmless.
                call(() -> put(key, copy, spooled), key);
            }
            return copy.stored();
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        if (!DigestedCopy.isKey(key)) {
            throw new IOException("not a document key: " + key);
        }
        try {
            return call(() -> s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray(), key);
        } catch (NoSuchKeyException missing) {
            throw new NoSuchFileException(key);
        }
    }

    /**
     * Fails with a message naming the bucket and what is wrong when the bucket cannot be used (missing, refused to
     * these credentials, server unreachable), so a misconfigured node stops at start instead of at its first upload.
     */
    void checkBucket(String where) {
        try {
            s3.headBucket(head -> head.bucket(bucket));
        } catch (S3Exception refused) {
            throw new IllegalStateException("The document store (danhgia.documents.store=s3) cannot use bucket '"
                    + bucket + "' at " + where + ": " + switch (refused.statusCode()) {
                        case 404 -> "no such bucket; create it first";
                        case 401, 403 -> "access denied; check danhgia.documents.s3.access-key and secret-key";
                        default -> "the server answered HTTP " + refused.statusCode();
                    }, refused);
        } catch (SdkException unreachable) {
            throw new IllegalStateException("The document store (danhgia.documents.store=s3) cannot reach bucket '"
                    + bucket + "' at " + where + ": " + unreachable.getMessage(), unreachable);
        }
    }

    /**
     * Sends the content with its MD5 and, while the server takes it, its SHA-256 (AWS, MinIO): a server that does not
     * implement the SHA-256 header answers 501 (S3Proxy, older S3-compatible servers), and is then sent the MD5 alone.
     */
    private PutObjectResponse put(String key, DigestedCopy copy, Path spooled) {
        if (serverTakesSha256) {
            try {
                return s3.putObject(request(key, copy, true), RequestBody.fromFile(spooled));
            } catch (S3Exception refused) {
                if (refused.statusCode() != 501) {
                    throw refused;
                }
                serverTakesSha256 = false;
                log.info("The object store does not take the SHA-256 of an upload; bucket {} is sent the MD5 alone",
                        bucket);
            }
        }
        return s3.putObject(request(key, copy, false), RequestBody.fromFile(spooled));
    }

    private PutObjectRequest request(String key, DigestedCopy copy, boolean withSha256) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentLength(copy.size()).contentType("application/octet-stream")
                .contentMD5(Base64.getEncoder().encodeToString(copy.md5()));
        if (withSha256) {
            request.checksumSHA256(Base64.getEncoder().encodeToString(copy.sha256()));
        }
        return request.build();
    }

    private boolean holds(String key) throws IOException {
        try {
            call(() -> s3.headObject(head -> head.bucket(bucket).key(key)), key);
            return true;
        } catch (NoSuchKeyException absent) {
            return false;
        }
    }

    /**
     * Runs one request; an object that is not there stays a {@link NoSuchKeyException} (a HEAD answers a bare 404),
     * any other failure becomes the {@link IOException} the interface promises.
     */
    private <T> T call(Request<T> request, String key) throws IOException {
        try {
            return request.send();
        } catch (NoSuchKeyException missing) {
            throw missing;
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                throw NoSuchKeyException.builder().message(key).statusCode(404).cause(failed).build();
            }
            throw new IOException("object store refused " + key + " in bucket " + bucket, failed);
        } catch (SdkException failed) {
            throw new IOException("object store unreachable for " + key + " in bucket " + bucket, failed);
        }
    }

    private interface Request<T> {
        T send();
    }
}
