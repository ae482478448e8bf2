package vn.danhgia.reporting.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the upward report exchange file, from the progress board's button (session) and from the JSON API
 * (a personal access token), and of the consolidated totals of the reports received. REST, so a refusal or a bad address comes
 * back as problem+json with a Vietnamese message rather than as a broken file.
 */
@Tag(name = "Báo cáo gửi cấp trên", description = "Trao đổi báo cáo kết quả xếp loại quý (Mẫu 04) giữa các hệ thống: "
        + "định dạng danhgia.upward-report phiên bản 1, mô tả trong docs/exchange-format.md")
@RestController
class UpwardReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UpwardReportService upwardReports;
    private final ReceivedReportService receivedReports;

    UpwardReportController(UpwardReportService upwardReports, ReceivedReportService receivedReports) {
        this.upwardReports = upwardReports;
        this.receivedReports = receivedReports;
    }

    @Operation(summary = "Báo cáo kết quả xếp loại quý gửi cấp trên (Mẫu 04) dưới dạng tệp trao đổi JSON",
            description = "Chỉ gồm các kết quả đã công bố; notYetAnnounced là số kết quả chưa công bố nên chưa tính. "
                    + "Dành cho cơ quan tham mưu tổ chức (các đơn vị mình phục vụ), cấp có thẩm quyền (cán bộ thuộc "
                    + "diện quản lý) và quản trị hệ thống. Khi người dùng thấy nhiều đơn vị riêng rẽ thì phải chọn "
                    + "đơn vị gửi báo cáo.")
    @GetMapping(path = {"/api/v1/upward-reports", "/reports/upward-report.json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UpwardReport> upwardReport(
            @Parameter(description = "Năm, ví dụ 2026; để trống cùng quý: quý hiện tại")
            @RequestParam(required = false) String year,
            @Parameter(description = "Quý 1–4") @RequestParam(required = false) String quarter,
            @Parameter(description = "Mã số (id) đơn vị gửi báo cáo; gồm cả các đơn vị trực thuộc")
            @RequestParam(required = false) Long unit,
            @Parameter(description = "YEAR: báo cáo cả năm (số lượng theo mức xếp loại năm của tập thể và cá nhân, "
                    + "Biểu 01 và 02; bắt buộc chọn đơn vị); để trống: báo cáo quý")
            @RequestParam(required = false) String period) {
        UpwardReport report = UpwardReport.YEAR.equals(period)
                ? upwardReports.exportYear(yearOf(year), unit) : upwardReports.export(year, quarter, unit);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(UpwardReportService.fileName(report)).build().toString())
                .body(report);
    }

    /** A year as typed; anything but a whole number is left to the report's own check of the year. */
    private static Integer yearOf(String year) {
        try {
            return year == null ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @GetMapping("/reports/received/consolidated.xlsx")
    void consolidated(@RequestParam(required = false) String quarter, HttpServletResponse response)
            throws IOException {
        Consolidation consolidation = receivedReports.consolidation(quarter);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReceivedReportService.consolidatedFileName(consolidation)).build().toString());
        receivedReports.writeConsolidated(consolidation, response.getOutputStream());
    }
}
