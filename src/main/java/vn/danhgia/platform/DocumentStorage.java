package vn.danhgia.platform;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where documents' content is kept (the dossier's documents, a self-assessment's evidence, an achievement's proof, the
 * annual dossier packages sent upward), addressed by its SHA-256: the same content is stored once, and a key
 * ({@code <first two hex digits>/<sha-256>}) names exactly one content. {@code danhgia.documents.store} chooses the
 * store: {@code filesystem}, the embedded default, under {@code ${danhgia.data-dir}/documents} on one node's disk
 * ({@code documents.FilesystemDocumentStorage}), or {@code s3}, a bucket of an S3-compatible object store that
 * several application nodes share ({@code documents.S3DocumentStorage}). Both give the same keys, so content moves
 * between them as it is.
 */
public interface DocumentStorage {

    /**
     * Reads the content to its end and stores it.
     *
     * @param maxBytes the largest content accepted; above it nothing is kept and {@link TooLarge} is thrown
     */
    Stored store(InputStream content, long maxBytes) throws IOException;

    /** The content under the key as it is now; the caller checks it against the checksum it recorded. */
    byte[] read(String key) throws IOException;

    /** What was stored: the key to read it back, its SHA-256 (hex) and its size. */
    record Stored(String key, String sha256, long size) {
    }

    /** The content was larger than allowed; nothing was kept. */
    class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("content larger than " + maxBytes + " bytes");
        }
    }
}
