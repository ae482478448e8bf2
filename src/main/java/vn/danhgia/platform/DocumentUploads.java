package vn.danhgia.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded documents in and out of the {@link DocumentStorage}, for every module that keeps them (the dossier, a
 * self-assessment's evidence), under one size limit ({@code danhgia.documents.max-size}). A file is stored only once
 * it is known to be of the type its name gives, and handed back only when its content still matches the checksum
 * recorded for it. The modules keep their own records and messages; this says why a file was refused.
 */
@Component
public class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);

    /** Why an upload was refused; nothing was stored. */
    public enum Refusal {
        TOO_LARGE, CONTENT_MISMATCH, NOT_AN_OFFICE_FILE
    }

    /** The upload was refused for {@link #reason()}. */
    public static final class Refused extends Exception {

        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** Stored content could not be handed out: {@link #missing()} from the store, else changed since it was stored. */
    public static final class Unreadable extends Exception {

        private final boolean missing;

        Unreadable(boolean missing) {
            super(missing ? "missing" : "checksum mismatch");
            this.missing = missing;
        }

        public boolean missing() {
            return missing;
        }
    }

    private final DocumentStorage storage;
    private final long maxBytes;

    DocumentUploads(DocumentStorage storage, @Value("${danhgia.documents.max-size:20MB}") DataSize maxSize) {
        this.storage = storage;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file accepted, in whole megabytes, for the messages that name it. */
    public long maxMegabytes() {
        return DataSize.ofBytes(maxBytes).toMegabytes();
    }

    /**
     * Stores the content once it has been checked: it is first copied to a temporary file, so that nothing reaches
     * the store before the whole file is known to be of its type (an Office file is opened in full).
     */
    public DocumentStorage.Stored checkAndStore(InputStream upload, DocumentFiles.FileType type) throws Refused {
        Path spooled = null;
        try (InputStream content = upload) {
            spooled = Files.createTempFile("danhgia-upload-", ".part");
            if (Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING) > maxBytes) {
                throw new Refused(Refusal.TOO_LARGE);
            }
            Optional<DocumentFiles.Refusal> refusal = DocumentFiles.refusal(spooled, type);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get() == DocumentFiles.Refusal.CONTENT_MISMATCH
                        ? Refusal.CONTENT_MISMATCH : Refusal.NOT_AN_OFFICE_FILE);
            }
            try (InputStream checked = Files.newInputStream(spooled)) {
                return storage.store(checked, maxBytes);
            }
        } catch (DocumentStorage.TooLarge tooLarge) {
            throw new Refused(Refusal.TOO_LARGE);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not store an uploaded document", failed);
        } finally {
            deleteSpooled(spooled);
        }
    }

    /** The content under the key, checked against the SHA-256 (hex) and size recorded when it was stored. */
    public byte[] readChecked(String key, String sha256, long size) throws Unreadable {
        byte[] bytes;
        try {
            bytes = storage.read(key);
        } catch (NoSuchFileException missing) {
            log.error("Document content {} is missing from the document store", key);
            throw new Unreadable(true);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read document content " + key, failed);
        }
        String actual = HexFormat.of().formatHex(sha256(bytes));
        if (!MessageDigest.isEqual(actual.getBytes(), sha256.getBytes()) || bytes.length != size) {
            log.error("Document content under {} has SHA-256 {} and {} bytes, recorded {} and {}; refused", key,
                    actual, bytes.length, sha256, size);
            throw new Unreadable(false);
        }
        return bytes;
    }

    private static void deleteSpooled(Path spooled) {
        if (spooled == null) {
            return;
        }
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException failed) {
            log.warn("Could not delete the temporary upload {}", spooled, failed);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
