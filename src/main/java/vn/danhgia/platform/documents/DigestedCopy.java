package vn.danhgia.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.danhgia.platform.DocumentStorage;

/**
 * Content copied to a file while its SHA-256 is computed, for the document stores, which address content by it: the
 * digest (hex), the size, and the key {@code <first two hex digits>/<sha-256>} both stores use. Its MD5 is computed in
 * the same pass for the object store's {@code Content-MD5}, the one upload check every S3-compatible server makes.
 */
record DigestedCopy(byte[] sha256, byte[] md5, long size) {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");

    /** Whether the text has the form of a key, so that nothing else (a path, another bucket's name) is looked up. */
    static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    /**
     * Copies the content to its end into the file.
     *
     * @throws DocumentStorage.TooLarge as soon as more than {@code maxBytes} were read; the file is then partial
     */
    static DigestedCopy copy(InputStream content, Path file, long maxBytes) throws IOException {
        MessageDigest digest = sha256Digest();
        MessageDigest md5 = digest("MD5");
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new DocumentStorage.TooLarge(maxBytes);
                }
                digest.update(buffer, 0, read);
                md5.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new DigestedCopy(digest.digest(), md5.digest(), size);
    }

    static MessageDigest sha256Digest() {
        return digest("SHA-256");
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has " + algorithm, missing);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    String key() {
        String hex = hex();
        return hex.substring(0, 2) + "/" + hex;
    }

    DocumentStorage.Stored stored() {
        return new DocumentStorage.Stored(key(), hex(), size);
    }
}
