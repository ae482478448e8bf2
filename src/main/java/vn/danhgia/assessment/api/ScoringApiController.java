package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.quarterly.QuarterlyScore;
import vn.danhgia.rules.quarterly.QuarterlyScorer;
import vn.danhgia.scheme.EvaluationSchemeView;

@Tag(name = "Chấm điểm", description = "Chấm điểm hằng quý theo Hướng dẫn 02-HD/TU, Phụ lục 2 và Mẫu 03")
@RestController
@RequestMapping(path = "/api/v1/scoring", produces = MediaType.APPLICATION_JSON_VALUE)
class ScoringApiController {

    private final SchemeLookup schemes;
    private final QuarterlyScorer scorer = new QuarterlyScorer();
    private final QuarterlyScoringRequestValidator validator = new QuarterlyScoringRequestValidator();

    ScoringApiController(SchemeLookup schemes) {
        this.schemes = schemes;
    }

    @Operation(summary = "Chấm điểm một quý",
            description = "Tổng điểm = điểm tiêu chí chung (tối đa 30) + Σ KPI trục × điểm tối đa của trục (tổng 70). "
                    + "Mỗi trục: A = ΣQ/ΣP, B, C, D tương tự, KPI = (A+B+C+D)/4. Tính chính xác, chỉ làm tròn khi trả "
                    + "kết quả. Lỗi nhập liệu trả về 400 application/problem+json nêu rõ trường và quy tắc.")
    @ApiResponse(responseCode = "200", description = "Kết quả; ví dụ là ví dụ minh họa của Phụ lục 2 (91,93 điểm)",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                    {"generalPoints":30.00,"taskPoints":61.93,"total":91.93,"axes":[{"axis":1,"maxPoints":70,
                    "quantity":0.8701,"quality":0.8896,"timeliness":0.8896,"leadership":0.8896,"kpi":0.8847,
                    "points":61.93}]}""")))
    @ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
                    {"type":"about:blank","title":"Dữ liệu không hợp lệ","status":400,
                    "detail":"axes[0].tasks[0].plannedQuantity: phải lớn hơn 0 (đang là 0).",
                    "errors":[{"field":"axes[0].tasks[0].plannedQuantity","message":"phải lớn hơn 0 (đang là 0)."}]}""")))
    @PostMapping(path = "/quarterly", consumes = MediaType.APPLICATION_JSON_VALUE)
    QuarterlyScoringResponse scoreQuarter(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "Phụ lục 2", value = SEED_002_EXAMPLE))) @RequestBody QuarterlyScoringRequest request,
            @Parameter(description = "Mã phương án đánh giá; mặc định là phương án đang áp dụng hôm nay",
                    example = "AG-02-HD-TU-2026") @RequestParam(required = false) String scheme) {
        EvaluationSchemeView evaluationScheme = schemes.schemeFor(scheme);
        List<FieldViolation> violations = validator.validate(request, evaluationScheme);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        QuarterlyScore score = scorer.score(ScoreSheetMapping.criteriaOf(request, evaluationScheme),
                ScoreSheetMapping.axesOf(request));
        return QuarterlyScoringResponse.of(score);
    }

    private static final String SEED_002_EXAMPLE = """
            {"generalCriteria":[{"code":"1.1","met":true},{"code":"1.2","met":true},{"code":"1.3","met":true},
            {"code":"1.4","met":true},{"code":"1.5","met":true},{"code":"1.6","met":true},{"code":"1.7","met":true},
            {"code":"1.8","met":true},{"code":"1.9","met":true},{"code":"2.1","met":true},{"code":"2.2","met":true},
            {"code":"2.3","met":true},{"code":"2.4","met":true},{"code":"3.1","met":true},{"code":"3.2","met":true},
            {"code":"3.3","met":true},{"code":"3.4","met":true}],
            "axes":[{"axis":1,"maxPoints":70,"tasks":[
            {"title":"Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng","plannedQuantity":2,"coefficient":1,
             "doneQuantity":1,"quality":0.75,"timeliness":0.75,"leadership":0.75},
            {"title":"Báo cáo kết quả thực hiện nhiệm vụ quý II/2026 của các phòng","plannedQuantity":1,"coefficient":1,
             "doneQuantity":1,"quality":1,"timeliness":1,"leadership":1},
            {"title":"Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên quý II/2026","plannedQuantity":1,
             "coefficient":1.2,"doneQuantity":1,"quality":1,"timeliness":1,"leadership":1},
            {"title":"Tờ trình về dự thảo Quy định sinh hoạt đảng trực tuyến","plannedQuantity":1,"coefficient":1.5,
             "doneQuantity":1,"quality":1,"timeliness":1,"leadership":1},
            {"title":"Tờ trình về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW","plannedQuantity":1,"coefficient":2,
             "doneQuantity":1,"quality":1.2,"timeliness":1.2,"leadership":1.2}]}]}""";

}
