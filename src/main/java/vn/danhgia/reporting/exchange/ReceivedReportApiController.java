package vn.danhgia.reporting.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Báo cáo gửi cấp trên")
@RestController
@RequestMapping(path = "/api/v1/received-reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReceivedReportApiController {

    private final ReceivedReportService receivedReports;

    ReceivedReportApiController(ReceivedReportService receivedReports) {
        this.receivedReports = receivedReports;
    }

    @Operation(summary = "Nhận báo cáo của cơ quan, đơn vị cấp dưới (tệp danhgia.upward-report phiên bản 1)",
            description = "Tệp được kiểm tra toàn bộ trước khi lưu (định dạng, phiên bản, mã kiểm tra SHA-256 của các "
                    + "dòng, số lượng theo đơn vị và tổng cộng, kỳ báo cáo); có lỗi thì không lưu gì (400). Nhận lại "
                    + "đúng tệp đã nhận: không thay đổi gì (200, UNCHANGED). Tệp mới hơn của cùng cơ quan và quý thay "
                    + "thế tệp cũ (201, REPLACED, ghi nhật ký tổng số trước và sau); tệp cũ hơn tệp đã nhận bị từ "
                    + "chối (409). Dành cho cơ quan tham mưu tổ chức và quản trị hệ thống.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UpwardReport.class))))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResult> receive(@RequestBody(required = false) byte[] file) {
        ImportResult result = receivedReports.importReport(file);
        HttpStatus status = result.outcome() == ImportOutcome.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(result);
    }

    @Operation(summary = "Tổng hợp các báo cáo đã nhận trong quý: từng cơ quan và tổng cộng theo mức xếp loại")
    @GetMapping
    Consolidation consolidation(@Parameter(description = "Quý, dạng 2026-3; mặc định quý hiện tại")
                                @RequestParam(required = false) String quarter) {
        return receivedReports.consolidation(quarter);
    }

    @Operation(summary = "Tổng hợp các báo cáo cả năm đã nhận: từng cơ quan và tổng cộng theo mức xếp loại năm, "
            + "riêng tập thể (Biểu 01) và cá nhân (Biểu 02)")
    @GetMapping("/years")
    YearConsolidation years(@Parameter(description = "Năm, ví dụ 2026") @RequestParam(required = false) Integer year) {
        return receivedReports.yearConsolidation(year);
    }
}
