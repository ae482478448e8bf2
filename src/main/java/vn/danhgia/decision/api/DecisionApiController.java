package vn.danhgia.decision.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.decision.CollectiveView;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.Quarter;

/**
 * Proposals and decisions on the quarter's levels (seed 002 §4 Bước 4–5) over JSON. Scope and rules are checked by
 * {@link DecisionService}: outside the caller's scope 404, their own rating or a role that may not act 403, a rule
 * of seed 002 §6 or a stale version 409 with the rule named, wrong values 400 naming each field (problem+json).
 */
@Tag(name = "Quyết định xếp loại", description = "Đề xuất, quyết định, đề nghị cấp trên xếp loại chất lượng quý")
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionApiController {

    private final DecisionService service;

    DecisionApiController(DecisionService service) {
        this.service = service;
    }

    /** {@code expectedVersion} is the live rating's version as read, or null when there was none. */
    record ProposeRequest(Long cadreId, Integer year, Integer quarter, Long expectedVersion, String level,
                          String comment) {
    }

    /** {@code expectedVersion} is the live rating's version as read, or null when there was none. */
    record DecideRequest(Long cadreId, Integer year, Integer quarter, Long expectedVersion, String level,
                         String comment, String forceMajeureReason) {
    }

    /** {@code expectedVersion} is the recorded result's version as read, or null when none was recorded. */
    record CollectiveRequest(Long unitId, Integer year, Integer quarter, Long expectedVersion, Integer assigned,
                             Integer done, Integer excused, String forceMajeureReason, String level) {
    }

    @Operation(summary = "Bảng quyết định của quý: nhóm đối tượng tương đồng, số suất xuất sắc, xếp thứ tự, từng cán bộ")
    @GetMapping
    DecisionBoard board(@RequestParam int year, @RequestParam int quarter) {
        return service.board(quarter(year, quarter));
    }

    @Operation(summary = "Người đứng đầu đề xuất mức xếp loại")
    @PostMapping(path = "/propose", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingView propose(@RequestBody ProposeRequest request) {
        required(request.cadreId(), request.year(), request.quarter());
        return service.propose(new CadreId(request.cadreId()), quarter(request.year(), request.quarter()),
                request.expectedVersion(), request.level(), request.comment());
    }

    @Operation(summary = "Cấp có thẩm quyền quyết định mức xếp loại (kiểm tra tỷ lệ, tập thể, bất khả kháng)")
    @PostMapping(path = "/decide", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingView decide(@RequestBody DecideRequest request) {
        required(request.cadreId(), request.year(), request.quarter());
        return service.decide(new CadreId(request.cadreId()), quarter(request.year(), request.quarter()),
                request.expectedVersion(), request.level(), request.comment(), request.forceMajeureReason());
    }

    @Operation(summary = "Gửi đề nghị xếp loại lên cấp có thẩm quyền cao hơn")
    @PostMapping(path = "/propose-upward", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingView proposeUpward(@RequestBody DecideRequest request) {
        required(request.cadreId(), request.year(), request.quarter());
        return service.proposeUpward(new CadreId(request.cadreId()), quarter(request.year(), request.quarter()),
                request.expectedVersion(), request.level(), request.comment());
    }

    @Operation(summary = "Ghi nhận quyết định của cấp trên (ghi số, ngày văn bản trong nhận xét)")
    @PostMapping(path = "/higher-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingView higherDecision(@RequestBody DecideRequest request) {
        required(request.cadreId(), request.year(), request.quarter());
        return service.recordHigherDecision(new CadreId(request.cadreId()),
                quarter(request.year(), request.quarter()), request.expectedVersion(), request.level(),
                request.comment());
    }

    @Operation(summary = "Ghi nhận kết quả thực hiện nhiệm vụ, chỉ tiêu của tập thể (quy tắc 70%)")
    @PostMapping(path = "/collective", consumes = MediaType.APPLICATION_JSON_VALUE)
    CollectiveView collective(@RequestBody CollectiveRequest request) {
        required(request.unitId(), request.year(), request.quarter());
        return service.recordCollective(new UnitId(request.unitId()), quarter(request.year(), request.quarter()),
                request.expectedVersion(), request.assigned(), request.done(), request.excused(),
                request.forceMajeureReason(), request.level());
    }

    private static void required(Long id, Integer year, Integer quarter) {
        List<FieldViolation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(FieldViolation.of("id", "review.decision.error.idRequired"));
        }
        if (year == null || quarter == null) {
            violations.add(FieldViolation.of("quarter", "review.decision.error.quarter"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Quarter quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "review.decision.error.quarter")));
        }
        return new Quarter(year, quarter);
    }
}
