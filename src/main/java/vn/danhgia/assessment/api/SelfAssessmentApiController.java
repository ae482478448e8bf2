package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.scheme.Quarter;

/**
 * Stored self-assessments (Mẫu 03) over JSON. Scope and rules are checked by {@link SelfAssessmentService}: a record
 * outside the caller's scope answers 404 like a missing one, a change by someone who may only read it 403, a stale
 * version or a closed state 409, wrong values 400 naming each field.
 */
@Tag(name = "Tự đánh giá", description = "Bản tự đánh giá, chấm điểm và xếp loại (Mẫu 03, Hướng dẫn 02-HD/TU)")
@RestController
@RequestMapping(path = "/api/v1/self-assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class SelfAssessmentApiController {

    private final SelfAssessmentService service;
    private final RatingTexts texts;
    private final MessageSource messages;

    SelfAssessmentApiController(SelfAssessmentService service, RatingTexts texts, MessageSource messages) {
        this.service = service;
        this.texts = texts;
        this.messages = messages;
    }

    record OpenRequest(Integer year, Integer quarter) {
    }

    /** The content to store and the version it was edited from. */
    record SaveRequest(Long version, Map<String, Boolean> criteria, Map<Integer, BigDecimal> axisMaxPoints,
                       List<SelfAssessmentContent.TaskEntry> tasks, String proposedLevel, String selfComment) {
    }

    record SubmitRequest(Long version) {
    }

    record ReturnRequest(Long version, String note) {
    }

    @Operation(summary = "Lập bản tự đánh giá của quý cho người đang đăng nhập",
            description = "Điền sẵn từ kế hoạch công tác đã phê duyệt; quý được liệt kê trực tiếp (quý II/2026) bắt "
                    + "đầu trống. Nếu đã lập thì trả về bản đã có.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfAssessmentResponse> open(@RequestBody OpenRequest request, Locale locale) {
        SelfAssessmentView view = service.open(quarterOf(request.year(), request.quarter()));
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + view.id()))
                .body(response(view, locale));
    }

    @Operation(summary = "Xem một bản tự đánh giá, với điểm và mức xếp loại gợi ý")
    @GetMapping("/{id}")
    SelfAssessmentResponse get(@PathVariable long id, Locale locale) {
        return response(service.get(id), locale);
    }

    @Operation(summary = "Tìm bản tự đánh giá của một cán bộ trong một quý")
    @GetMapping
    SelfAssessmentResponse find(@RequestParam long cadreId, @RequestParam int year, @RequestParam int quarter,
                                Locale locale) {
        Quarter period = quarterOf(year, quarter);
        return service.ofCadre(new CadreId(cadreId), period).map(view -> response(view, locale))
                .orElseThrow(() -> new RecordNotFoundException("SELF_ASSESSMENT", cadreId + "/" + period));
    }

    @Operation(summary = "Lưu nội dung bản tự đánh giá (bản nháp hoặc bị trả lại)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelfAssessmentResponse save(@PathVariable long id, @RequestBody SaveRequest request, Locale locale) {
        return response(service.save(id, version(request.version()), new SelfAssessmentContent(request.criteria(),
                request.axisMaxPoints(), request.tasks(), request.proposedLevel(), request.selfComment())), locale);
    }

    @Operation(summary = "Nộp bản tự đánh giá trong thời hạn của phương án")
    @PostMapping(path = "/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelfAssessmentResponse submit(@PathVariable long id, @RequestBody SubmitRequest request, Locale locale) {
        return response(service.submit(id, version(request.version())), locale);
    }

    @Operation(summary = "Trả lại bản tự đánh giá để cán bộ sửa, nêu lý do")
    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelfAssessmentResponse returnForRevision(@PathVariable long id, @RequestBody ReturnRequest request,
                                             Locale locale) {
        return response(service.returnForRevision(id, version(request.version()), request.note()), locale);
    }

    private SelfAssessmentResponse response(SelfAssessmentView view, Locale locale) {
        return SelfAssessmentResponse.of(view, texts, messages, locale);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "assessment.self.error.version")));
        }
        return version;
    }

    private static Quarter quarterOf(Integer year, Integer quarter) {
        if (year == null || quarter == null || quarter < 1 || quarter > 4 || year < 2000 || year > 2200) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "assessment.self.error.quarter")));
        }
        return new Quarter(year, quarter);
    }
}
