package vn.danhgia.reporting.forms;

import java.util.Arrays;
import java.util.Optional;

/** The two formats every official form comes in: Word to edit before signing, PDF to print as it is. */
public enum FormFormat {

    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    FormFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a download address names ({@code docx} or {@code pdf}); empty for anything else. */
    public static Optional<FormFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
