package vn.danhgia.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Stored documents as downloads, the same for every module that hands them out (the dossier, evidence). */
public final class Attachments {

    private Attachments() {
    }

    /**
     * The file as an attachment, never shown inline; its name, Vietnamese letters included, is sent both as an ASCII
     * fallback and as UTF-8 ({@code filename*}, RFC 6266), and the browser may not guess another type.
     */
    public static ResponseEntity<byte[]> of(String contentType, String name, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
