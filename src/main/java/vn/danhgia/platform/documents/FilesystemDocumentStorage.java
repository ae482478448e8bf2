package vn.danhgia.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.DocumentStorage;

/**
 * Documents as files under {@code ${danhgia.data-dir}/documents/<first two hex digits>/<sha-256>}. The content is
 * written to a temporary file while its digest is computed, then moved into place, so a half-written upload never
 * carries a final name; content already stored is kept as it is. The embedded default
 * ({@code danhgia.documents.store=filesystem}): one node's disk, so not for several application nodes.
 */
@Component
@ConditionalOnProperty(prefix = "danhgia.documents", name = "store", havingValue = "filesystem", matchIfMissing = true)
class FilesystemDocumentStorage implements DocumentStorage {

    private final Path root;

    FilesystemDocumentStorage(@Value("${danhgia.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
    }

    @Override
    public Stored store(InputStream content, long maxBytes) throws IOException {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            DigestedCopy copy = DigestedCopy.copy(content, temporary, maxBytes);
            Path target = root.resolve(copy.key());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException storedMeanwhile) {
                    // The same content arrived twice at once; the first copy stands.
                }
            }
            return copy.stored();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        if (!DigestedCopy.isKey(key)) {
            throw new IOException("not a document key: " + key);
        }
        return Files.readAllBytes(root.resolve(key));
    }
}
