package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danhgia.assessment.EvidenceContent;
import vn.danhgia.assessment.EvidenceService;
import vn.danhgia.assessment.EvidenceView;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Evidence of a stored self-assessment over JSON (issue 12 §3). Scope and rules are checked by
 * {@link EvidenceService}: outside the caller's scope 404 like a missing record, an attachment by someone who may only
 * read 403, a submitted self-assessment 409, a refused file 400 naming the field {@code file}.
 */
@Tag(name = "Tự đánh giá", description = "Bản tự đánh giá, chấm điểm và xếp loại (Mẫu 03, Hướng dẫn 02-HD/TU)")
@RestController
@RequestMapping(path = "/api/v1/self-assessments/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
class EvidenceApiController {

    private final EvidenceService evidence;

    EvidenceApiController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Operation(summary = "Các tệp minh chứng của bản tự đánh giá")
    @GetMapping
    List<EvidenceView> list(@PathVariable long id) {
        return evidence.list(id);
    }

    @Operation(summary = "Đính kèm tệp minh chứng (pdf, docx, xlsx, jpg, png) vào bản tự đánh giá hoặc một nhiệm vụ",
            description = "Chỉ cán bộ, khi bản tự đánh giá chưa nộp hoặc được trả lại để sửa.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> attach(@PathVariable long id, @RequestParam(required = false) Long taskId,
                                        @RequestPart(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file",
                    "assessment.evidence.error.fileRequired")));
        }
        EvidenceView view;
        try (InputStream content = file.getInputStream()) {
            view = evidence.attach(id, taskId, file.getOriginalFilename(), content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id + "/evidence/" + view.id()))
                .body(view);
    }

    @Operation(summary = "Tải tệp minh chứng; nội dung được kiểm tra theo SHA-256 trước khi trả về")
    @GetMapping(path = "/{evidenceId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        EvidenceContent content = evidence.download(id, evidenceId);
        return Attachments.of(content.evidence().contentType(), content.evidence().originalName(), content.bytes());
    }

    @Operation(summary = "Gỡ tệp minh chứng (chỉ cán bộ, khi bản tự đánh giá còn sửa được)")
    @DeleteMapping("/{evidenceId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long evidenceId) {
        evidence.remove(id, evidenceId);
        return ResponseEntity.noContent().build();
    }
}
