package vn.danhgia.publication.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.publication.DocumentContent;
import vn.danhgia.publication.DocumentKind;
import vn.danhgia.publication.DocumentUpload;

/** A browser's multipart file as a dossier upload, and a document as a download; for the pages and the API. */
public final class DocumentTransfer {

    private DocumentTransfer() {
    }

    public static DocumentUpload of(String kind, Long cadreId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "review.document.fileRequired")));
        }
        DocumentKind chosen = null;
        for (DocumentKind candidate : DocumentKind.values()) {
            if (candidate.name().equals(kind)) {
                chosen = candidate;
            }
        }
        try {
            return new DocumentUpload(chosen, cadreId, file.getOriginalFilename(), file.getContentType(),
                    file.getInputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The document as an attachment ({@link Attachments}). */
    public static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return Attachments.of(content.document().contentType(), content.document().originalName(), content.bytes());
    }
}
