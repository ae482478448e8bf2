package vn.danhgia.appraisal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.appraisal.AppraisalContent;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Appraisals (thẩm định, seed 002 §4 Bước 3) over JSON. Scope and rules are checked by {@link AppraisalService}: a
 * record outside the caller's scope answers 404 like a missing one, one's own self-assessment 403, a stale version or
 * a closed state 409, wrong values 400 naming each field.
 */
@Tag(name = "Thẩm định", description = "Thẩm định bản tự đánh giá và đề xuất mức xếp loại (Hướng dẫn 02-HD/TU, Bước 3)")
@RestController
@RequestMapping(path = "/api/v1/appraisals", produces = MediaType.APPLICATION_JSON_VALUE)
class AppraisalApiController {

    private final AppraisalService service;
    private final RatingTexts texts;
    private final MessageSource messages;

    AppraisalApiController(AppraisalService service, RatingTexts texts, MessageSource messages) {
        this.service = service;
        this.texts = texts;
        this.messages = messages;
    }

    record OpenRequest(Long selfAssessmentId) {
    }

    /** The content to store and the version it was edited from. */
    record SaveRequest(Long version, List<AppraisalContent.TaskEntry> tasks, String proposedLevel,
                       String justification) {
    }

    record CompleteRequest(Long version) {
    }

    @Operation(summary = "Mở bản thẩm định của một bản tự đánh giá đã nộp",
            description = "Số liệu thẩm định ban đầu bằng số liệu của cán bộ. Nếu đã mở thì trả về bản đã có.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppraisalResponse> open(@RequestBody OpenRequest request, Locale locale) {
        if (request.selfAssessmentId() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("selfAssessmentId",
                    "review.appraisal.error.selfAssessment")));
        }
        AppraisalView view = service.open(request.selfAssessmentId());
        return ResponseEntity.created(URI.create("/api/v1/appraisals/" + view.id())).body(response(view, locale));
    }

    @Operation(summary = "Xem bản thẩm định: số liệu của cán bộ và số liệu thẩm định, hai mức điểm và mức gợi ý")
    @GetMapping("/{id}")
    AppraisalResponse get(@PathVariable long id, Locale locale) {
        return response(service.get(id), locale);
    }

    @Operation(summary = "Lưu số liệu điều chỉnh (kèm lý do), mức độ đáp ứng yêu cầu và mức xếp loại đề xuất")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppraisalResponse save(@PathVariable long id, @RequestBody SaveRequest request, Locale locale) {
        return response(service.save(id, version(request.version()), new AppraisalContent(request.tasks(),
                request.proposedLevel(), request.justification())), locale);
    }

    @Operation(summary = "Hoàn thành thẩm định; đề xuất cao hơn mức gợi ý phải có lý do bằng văn bản")
    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppraisalResponse complete(@PathVariable long id, @RequestBody CompleteRequest request, Locale locale) {
        return response(service.complete(id, version(request.version())), locale);
    }

    private AppraisalResponse response(AppraisalView view, Locale locale) {
        return AppraisalResponse.of(view, texts, messages, locale);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "review.appraisal.error.version")));
        }
        return version;
    }
}
