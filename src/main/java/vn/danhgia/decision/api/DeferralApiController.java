package vn.danhgia.decision.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.decision.DeferralKind;
import vn.danhgia.decision.DeferralService;
import vn.danhgia.decision.ExemptRatingPeriod;
import vn.danhgia.decision.ExemptionView;
import vn.danhgia.decision.QuarterCaseView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Special cases of the quarterly rating over JSON (seed 002 §7, §3.3): read a cadre's quarter, mark or withdraw its
 * deferral, exempt a year or withdraw the exemption. 404 outside the caller's scope, 403 for anyone but the personnel
 * officer serving the cadre's unit, 409 for quarter IV, a rated quarter or a stale version, 400 for a missing note or
 * an unknown kind.
 */
@Tag(name = "Trường hợp đặc biệt", description = "Hoãn đánh giá quý (mục 7 d); thành viên cấp ủy không chuyên môn")
@RestController
@RequestMapping(path = "/api/v1/cadres/{cadreId}", produces = MediaType.APPLICATION_JSON_VALUE)
class DeferralApiController {

    private final DeferralService service;

    DeferralApiController(DeferralService service) {
        this.service = service;
    }

    /** @param version the version read, or null when the quarter was never marked */
    record DeferralRequest(String kind, String note, Long version) {
    }

    record WithdrawalRequest(String note, Long version) {
    }

    record ExemptionRequest(String ratingPeriod, String note, Long version) {
    }

    @Operation(summary = "Quý của cán bộ: hoãn đánh giá, miễn đánh giá hằng quý, trường hợp đặc biệt phát hiện từ bổ nhiệm")
    @GetMapping("/quarters/{year}/{quarter}")
    QuarterCaseView quarter(@PathVariable long cadreId, @PathVariable int year, @PathVariable int quarter) {
        return service.quarter(cadreId, year, quarter);
    }

    @Operation(summary = "Đánh dấu quý chưa đánh giá, xếp loại; kết quả xem xét sang quý tiếp theo (mục 7 d)")
    @PutMapping(path = "/quarters/{year}/{quarter}/deferral", consumes = MediaType.APPLICATION_JSON_VALUE)
    QuarterCaseView defer(@PathVariable long cadreId, @PathVariable int year, @PathVariable int quarter,
                          @RequestBody DeferralRequest request) {
        return service.defer(cadreId, year, quarter, DeferralKind.fromInput(request.kind()), request.note(),
                request.version());
    }

    @Operation(summary = "Bỏ đánh dấu hoãn đánh giá quý, kèm ghi chú")
    @PostMapping(path = "/quarters/{year}/{quarter}/deferral/withdrawal",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    QuarterCaseView withdraw(@PathVariable long cadreId, @PathVariable int year, @PathVariable int quarter,
                             @RequestBody WithdrawalRequest request) {
        return service.withdrawDeferral(cadreId, year, quarter, requireVersion(request.version()), request.note());
    }

    @Operation(summary = "Thành viên cấp ủy không tham gia công tác chuyên môn: đánh giá 6 tháng hoặc cuối năm (mục 3.3)")
    @PutMapping(path = "/exemptions/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExemptionView exempt(@PathVariable long cadreId, @PathVariable int year, @RequestBody ExemptionRequest request) {
        return service.exempt(cadreId, year, ExemptRatingPeriod.fromInput(request.ratingPeriod()), request.note(),
                request.version());
    }

    @Operation(summary = "Bỏ miễn đánh giá hằng quý của năm, kèm ghi chú")
    @PostMapping(path = "/exemptions/{year}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExemptionView withdrawExemption(@PathVariable long cadreId, @PathVariable int year,
                                    @RequestBody WithdrawalRequest request) {
        return service.withdrawExemption(cadreId, year, requireVersion(request.version()), request.note());
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "review.deferral.versionRequired")));
        }
        return version;
    }
}
