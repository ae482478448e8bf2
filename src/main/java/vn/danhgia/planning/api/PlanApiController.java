package vn.danhgia.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanSummary;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.Quarter;

/**
 * Quarterly work plans (Mẫu 01) over JSON. The same rules and scope checks as the pages apply: a plan outside the
 * caller's scope answers 404 whatever its id; a change carries the {@code version} it was based on.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch công tác quý (Mẫu 01)")
class PlanApiController {

    private final PlanningService planning;

    PlanApiController(PlanningService planning) {
        this.planning = planning;
    }

    record OpenRequest(Integer year, Integer quarter) {
    }

    record DraftRequest(Long version, Map<Integer, BigDecimal> axisMaxPoints, List<PlanTaskInput> tasks) {
    }

    record DecisionRequest(Long version, String note) {
    }

    record AmendmentRequest(Long version, String reason, List<PlanTaskInput> tasks) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập (hoặc mở) kế hoạch quý của chính người gọi")
    WorkPlanView open(@RequestBody OpenRequest request) {
        if (request.year() == null || request.quarter() == null || request.quarter() < 1 || request.quarter() > 4
            || request.year() < 2000 || request.year() > 2200) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "planning.invalid.quarter")));
        }
        return planning.open(new Quarter(request.year(), request.quarter()));
    }

    @GetMapping
    @Operation(summary = "Kế hoạch của người gọi")
    List<PlanSummary> mine() {
        return planning.myPlans();
    }

    @GetMapping("/awaiting-decision")
    @Operation(summary = "Kế hoạch và đề nghị bổ sung chờ người gọi phê duyệt")
    List<PlanSummary> awaitingDecision() {
        return planning.awaitingMyDecision();
    }

    @GetMapping("/{id}")
    WorkPlanView get(@PathVariable long id) {
        return planning.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Lưu bản nháp: điểm tối đa các trục và các nhiệm vụ")
    WorkPlanView save(@PathVariable long id, @RequestBody DraftRequest request) {
        return planning.saveDraft(id, version(request.version()), new PlanDraft(
                request.axisMaxPoints() == null ? Map.of() : request.axisMaxPoints(),
                request.tasks() == null ? List.of() : request.tasks()));
    }

    @PostMapping("/{id}/submit")
    WorkPlanView submit(@PathVariable long id, @RequestBody DecisionRequest request) {
        return planning.submit(id, version(request.version()));
    }

    @PostMapping("/{id}/approve")
    WorkPlanView approve(@PathVariable long id, @RequestBody DecisionRequest request) {
        return planning.approve(id, version(request.version()), request.note());
    }

    @PostMapping("/{id}/return")
    WorkPlanView returnForRevision(@PathVariable long id, @RequestBody DecisionRequest request) {
        return planning.returnForRevision(id, version(request.version()), request.note());
    }

    @PostMapping("/{id}/amendments")
    WorkPlanView amend(@PathVariable long id, @RequestBody AmendmentRequest request) {
        return planning.proposeAmendment(id, version(request.version()), request.reason(),
                request.tasks() == null ? List.of() : request.tasks());
    }

    @PostMapping("/{id}/amendments/{amendmentId}/approve")
    WorkPlanView approveAmendment(@PathVariable long id, @PathVariable long amendmentId,
                                  @RequestBody DecisionRequest request) {
        return planning.approveAmendment(id, amendmentId, version(request.version()), request.note());
    }

    @PostMapping("/{id}/amendments/{amendmentId}/return")
    WorkPlanView returnAmendment(@PathVariable long id, @PathVariable long amendmentId,
                                 @RequestBody DecisionRequest request) {
        return planning.returnAmendment(id, amendmentId, version(request.version()), request.note());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "planning.invalid.required")));
        }
        return version;
    }
}
