package vn.danhgia.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types the application accepts as documents (the publication module's dossier, the evidence attached to a
 * self-assessment) and how a file's name is made safe. The type is decided by the name's extension
 * and confirmed by the file's content: its first bytes, and for Word and Excel files the whole package as
 * {@link OfficeFiles} opens it under limits. What the browser declared is not trusted.
 */
public final class DocumentFiles {

    /**
     * A type the dossier accepts: its content type, the bytes every such file starts with and, for an Office file,
     * the kind of package it must be.
     */
    public record FileType(String contentType, byte[] signature, OfficeFiles.Kind office) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Map<String, FileType> TYPES = Map.of(
            "pdf", new FileType("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, null),
            "docx", new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
                    OfficeFiles.Kind.DOCUMENT),
            "xlsx", new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP,
                    OfficeFiles.Kind.WORKBOOK),
            "jpg", new FileType("image/jpeg", JPEG, null),
            "jpeg", new FileType("image/jpeg", JPEG, null),
            "png", new FileType("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));

    public static final int MAX_NAME = 200;

    private DocumentFiles() {
    }

    /** The type the name's extension names, if the dossier accepts it. */
    public static Optional<FileType> typeOf(String safeName) {
        int dot = safeName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(safeName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Why a file's content is not of the type its name gave. */
    public enum Refusal {
        /** It does not start as such files do, or is a sound Office file of the other kind. */
        CONTENT_MISMATCH,
        /** It is no sound Office file: broken, a zip bomb, a DOCTYPE in its XML. */
        NOT_AN_OFFICE_FILE
    }

    /** Why the file's content is not of the type its name gave; empty when it is. */
    public static Optional<Refusal> refusal(Path file, FileType type) throws IOException {
        byte[] head;
        try (InputStream content = Files.newInputStream(file)) {
            head = content.readNBytes(type.signature().length);
        }
        if (!Arrays.equals(head, type.signature())) {
            return Optional.of(Refusal.CONTENT_MISMATCH);
        }
        if (type.office() != null) {
            try {
                OfficeFiles.check(file, type.office());
            } catch (OfficeFiles.Refused refused) {
                return Optional.of(refused.otherKind() ? Refusal.CONTENT_MISMATCH : Refusal.NOT_AN_OFFICE_FILE);
            }
        }
        return Optional.empty();
    }

    /**
     * The name without any folder part, control or reserved characters (Windows and Unix), composed to NFC so
     * Vietnamese letters typed on different systems compare equal, and at most {@value #MAX_NAME} characters with
     * its extension kept. Empty when nothing usable is left.
     */
    public static String safeName(String original) {
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
