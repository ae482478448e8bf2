package vn.danhgia.annual.selfreview.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewSuggestion;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Annual self-reviews (bản kiểm điểm, Mẫu 01/02A/02B/02C and the decree's form) over JSON. Scope and rules are checked
 * by {@link SelfReviewService}: a record outside the caller's scope answers 404 like a missing one, a change by
 * someone who may only read it 403, a stale version or a submitted record 409, wrong values 400 naming each field, all
 * as RFC 9457 problem details.
 */
@Tag(name = "Kiểm điểm năm", description = "Bản kiểm điểm cá nhân và báo cáo kiểm điểm tập thể hằng năm "
        + "(Hướng dẫn 07-HD/TU Mẫu 01, 02A, 02B, 02C; Kế hoạch 79-KH/ĐU mục II.3)")
@RestController
@RequestMapping(path = "/api/v1/annual", produces = MediaType.APPLICATION_JSON_VALUE)
class SelfReviewApiController {

    private final SelfReviewService reviews;

    SelfReviewApiController(SelfReviewService reviews) {
        this.reviews = reviews;
    }

    record OpenRequest(Integer year) {
    }

    record CollectiveRequest(Long unit, Integer year) {
    }

    /** The sections' text by code, the proposed level, the self-scores by frame item, and the version edited. */
    record SaveRequest(Long version, Map<String, String> sections, String proposedLevel,
                       Map<String, BigDecimal> scores) {
    }

    record SubmitRequest(Long version) {
    }

    record SuggestionRequest(Long cadre, Integer year, String text) {
    }

    @Operation(summary = "Lập bản kiểm điểm năm của người đang đăng nhập",
            description = "Mẫu theo Hướng dẫn 07-HD/TU (02A, 02B, 02C hoặc phiếu theo Nghị định); điền sẵn kết quả "
                    + "các quý, gợi ý kiểm điểm và hạn chế năm trước. Nếu đã lập thì trả về bản đã có.")
    @PostMapping(path = "/self-reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfReviewView> open(@RequestBody OpenRequest request) {
        SelfReviewView view = reviews.openMine(required(request.year(), "year"));
        return ResponseEntity.created(URI.create("/api/v1/annual/self-reviews/" + view.id())).body(view);
    }

    @Operation(summary = "Lập báo cáo kiểm điểm tập thể (Mẫu 01) của đơn vị do người đang đăng nhập đứng đầu")
    @PostMapping(path = "/self-reviews/collective", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfReviewView> openCollective(@RequestBody CollectiveRequest request) {
        SelfReviewView view = reviews.openCollective(required(request.unit(), "unit"),
                required(request.year(), "year"));
        return ResponseEntity.created(URI.create("/api/v1/annual/self-reviews/" + view.id())).body(view);
    }

    @Operation(summary = "Xem một bản kiểm điểm, với tổng điểm tự chấm và mức tương ứng (Mẫu 02B)")
    @GetMapping("/self-reviews/{id}")
    SelfReviewView get(@PathVariable long id) {
        return reviews.get(id);
    }

    @Operation(summary = "Danh sách bản kiểm điểm năm của một đơn vị: mẫu của từng người và trạng thái")
    @GetMapping("/self-reviews")
    List<SelfReviewLine> ofUnit(@RequestParam long unit, @RequestParam int year) {
        return reviews.ofUnit(unit, year);
    }

    @Operation(summary = "Lưu nội dung bản kiểm điểm (dự thảo)")
    @PutMapping(path = "/self-reviews/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelfReviewView save(@PathVariable long id, @RequestBody SaveRequest request) {
        return reviews.save(id, required(request.version(), "version"),
                new SelfReviewContent(request.sections(), request.proposedLevel(), request.scores()));
    }

    @Operation(summary = "Nộp bản kiểm điểm", description = "Cần mức tự xếp loại; Mẫu 02B cần điểm tự chấm mọi tiêu chí.")
    @PostMapping(path = "/self-reviews/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    SelfReviewView submit(@PathVariable long id, @RequestBody SubmitRequest request) {
        return reviews.submit(id, required(request.version(), "version"));
    }

    @Operation(summary = "Gợi ý kiểm điểm của cấp có thẩm quyền cho một người trong năm")
    @GetMapping("/review-suggestions")
    List<SelfReviewSuggestion> suggestions(@RequestParam long cadre, @RequestParam int year) {
        return reviews.suggestions(cadre, year);
    }

    @Operation(summary = "Ghi một gợi ý kiểm điểm (cấp có thẩm quyền đánh giá người đó)")
    @PostMapping(path = "/review-suggestions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfReviewSuggestion> suggest(@RequestBody SuggestionRequest request) {
        SelfReviewSuggestion saved = reviews.suggest(required(request.cadre(), "cadre"),
                required(request.year(), "year"), request.text());
        return ResponseEntity.status(201).body(saved);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "api.validation.required")));
        }
        return value;
    }
}
