package vn.danhgia.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types a dossier accepts and how a file's name is made safe. The type is decided by the name's extension
 * and confirmed by the file's first bytes; what the browser declared is not trusted.
 */
final class DocumentFiles {

    /** A type the dossier accepts: its content type and the bytes every such file starts with. */
    record FileType(String contentType, byte[] signature) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, FileType> TYPES = Map.of(
            "pdf", new FileType("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            "docx", new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new FileType("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new FileType("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new FileType("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

    static final int MAX_NAME = 200;

    private DocumentFiles() {
    }

    /** The type the name's extension names, if the dossier accepts it. */
    static Optional<FileType> typeOf(String safeName) {
        int dot = safeName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(safeName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the stream starts with the type's bytes; the stream must support mark, and is reset. */
    static boolean startsAs(InputStream content, FileType type) throws IOException {
        content.mark(type.signature().length);
        byte[] head = content.readNBytes(type.signature().length);
        content.reset();
        return Arrays.equals(head, type.signature());
    }

    /**
     * The name without any folder part, control or reserved characters (Windows and Unix), composed to NFC so
     * Vietnamese letters typed on different systems compare equal, and at most {@value #MAX_NAME} characters with
     * its extension kept. Empty when nothing usable is left.
     */
    static String safeName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }
}
