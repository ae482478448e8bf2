package vn.danhgia.review.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.review.DocumentContent;
import vn.danhgia.review.DocumentKind;
import vn.danhgia.review.DocumentUpload;

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

    /**
     * The file as an attachment, never shown inline; its name, Vietnamese letters included, is sent both as an ASCII
     * fallback and as UTF-8 ({@code filename*}, RFC 6266), and the browser may not guess another type.
     */
    public static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }
}
