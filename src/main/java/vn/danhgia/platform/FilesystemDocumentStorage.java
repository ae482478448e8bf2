package vn.danhgia.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Documents as files under {@code ${danhgia.data-dir}/documents/<first two hex digits>/<sha-256>}. The content is
 * written to a temporary file while its digest is computed, then moved into place, so a half-written upload never
 * carries a final name; content already stored is kept as it is.
 */
@Component
class FilesystemDocumentStorage implements DocumentStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");

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
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            String key = sha.substring(0, 2) + "/" + sha;
            Path target = root.resolve(key);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException storedMeanwhile) {
                    // The same content arrived twice at once; the first copy stands.
                }
            }
            return new Stored(key, sha, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        if (!KEY.matcher(key).matches()) {
            throw new IOException("not a document key: " + key);
        }
        return Files.readAllBytes(root.resolve(key));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
