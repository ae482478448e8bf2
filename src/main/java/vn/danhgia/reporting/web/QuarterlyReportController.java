package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.reporting.summary.QuarterlyReport;
import vn.danhgia.reporting.summary.QuarterlyReportService;

/**
 * Downloads of the quarterly summary tables (Mẫu 04/05/06) as .xlsx, linked from the progress board. A REST
 * controller so that a refusal or a bad address comes back as problem+json with a Vietnamese message rather than as
 * a broken file. The request is checked in full before the first byte is sent; the table is then written straight
 * into the response.
 */
@RestController
class QuarterlyReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QuarterlyReportService reports;

    QuarterlyReportController(QuarterlyReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/quarterly/{form}.xlsx")
    void download(@PathVariable String form, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String quarter, @RequestParam(required = false) Long unit,
                  HttpServletResponse response) throws IOException {
        QuarterlyReport report = reports.prepare(form, year, quarter, unit);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(report.fileName()).build().toString());
        reports.write(report, response.getOutputStream());
    }
}
