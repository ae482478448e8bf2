package vn.danhgia.emulation.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.emulation.dossier.DecisionRequest;
import vn.danhgia.emulation.dossier.DecisionView;
import vn.danhgia.emulation.dossier.EmulationDecisionService;
import vn.danhgia.emulation.dossier.EmulationDossierService;
import vn.danhgia.emulation.dossier.OfficeConsolidation;
import vn.danhgia.emulation.dossier.OfficeConsolidationView;
import vn.danhgia.emulation.dossier.UnitDossierView;

/**
 * The proposal dossiers and recognition decisions over JSON (issue 14 §5; seed 003 §IV). The services check scope and
 * rules: outside the caller's scope 404, visible but not allowed 403, a rule (a review not closed, a dossier not in a
 * state to send or return, a nomination not open to a decision) or a stale version 409, wrong values 400 naming each
 * field; every error as problem+json. The documents (Tờ trình, Biên bản, Báo cáo thành tích) are under
 * {@code /api/v1/emulation/dossiers/{unitId}/documents/}.
 */
@Tag(name = "Hồ sơ thi đua, khen thưởng", description = "Hồ sơ đề nghị công nhận danh hiệu thi đua và hình thức khen "
        + "thưởng của đơn vị, tổng hợp của phòng tổ chức và quyết định công nhận")
@RestController
@RequestMapping(path = "/api/v1/emulation", produces = MediaType.APPLICATION_JSON_VALUE)
class EmulationDossierApiController {

    private final EmulationDossierService dossiers;
    private final OfficeConsolidation consolidation;
    private final EmulationDecisionService decisions;

    EmulationDossierApiController(EmulationDossierService dossiers, OfficeConsolidation consolidation,
                                  EmulationDecisionService decisions) {
        this.dossiers = dossiers;
        this.consolidation = consolidation;
        this.decisions = decisions;
    }

    /** The version the caller saw (null for a dossier not yet prepared). */
    record SendRequest(Long version) {
    }

    /** Why the dossier goes back, and the version the office saw. */
    record ReturnRequest(String reason, Long version) {
    }

    @Operation(summary = "Tổng hợp hồ sơ đề nghị của các đơn vị trong năm: đã gửi, gửi muộn, chưa gửi; đề nghị theo "
            + "danh hiệu; tỷ lệ Chiến sĩ thi đua cơ sở; quyết định đã ghi (phòng tổ chức)")
    @GetMapping("/dossiers")
    OfficeConsolidationView consolidation(@RequestParam int year) {
        return consolidation.of(year);
    }

    @Operation(summary = "Hồ sơ đề nghị của một đơn vị trong năm với các đề nghị đã được họp bình xét chọn")
    @GetMapping("/dossiers/{unitId}")
    UnitDossierView dossier(@PathVariable long unitId, @RequestParam int year) {
        return dossiers.dossier(unitId, year);
    }

    @Operation(summary = "Trưởng đơn vị gửi hồ sơ đề nghị về phòng tổ chức (lập từ cuộc họp bình xét đã kết thúc); "
            + "gửi sau hạn của lịch năm thì ghi gửi muộn")
    @PostMapping(path = "/dossiers/{unitId}/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    UnitDossierView send(@PathVariable long unitId, @RequestParam int year,
                         @RequestBody(required = false) SendRequest request) {
        return dossiers.send(unitId, year, request == null ? null : request.version());
    }

    @Operation(summary = "Phòng tổ chức trả lại hồ sơ đã gửi, kèm lý do; đơn vị gửi lại")
    @PostMapping(path = "/dossiers/{unitId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    UnitDossierView returnForRevision(@PathVariable long unitId, @RequestParam int year,
                                      @RequestBody ReturnRequest request) {
        return dossiers.returnForRevision(unitId, year, request.reason(), request.version());
    }

    @Operation(summary = "Ghi quyết định công nhận (số, ngày ký, cấp ký) cho các đề nghị đã chọn (mặc định: mọi đề "
            + "nghị của hồ sơ đã gửi chưa có quyết định); danh hiệu được ghi vào lịch sử của từng tập thể, cá nhân")
    @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionView> decide(@RequestBody DecisionRequest request) {
        DecisionView view = decisions.record(request);
        return ResponseEntity.created(URI.create("/api/v1/emulation/dossiers?year=" + view.year())).body(view);
    }
}
