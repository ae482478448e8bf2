package vn.danhgia.platform;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded documents' content (the dossier's documents, a self-assessment's evidence) is kept, addressed by its SHA-256: the same content is stored once, and a key
 * names exactly one content. Only the filesystem store under {@code ${danhgia.data-dir}/documents} ships; an
 * S3-compatible store can implement this interface without changes elsewhere.
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
