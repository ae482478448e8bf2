package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.summary.ConsolidatedReport;
import vn.danhgia.reporting.summary.ConsolidatedReportService;

/**
 * The reports page: choose a quarter or a whole year and a unit, and download the consolidated workbook. A page
 * controller, so a wrong address value or a refusal is answered with the error page and its Vietnamese message
 * ({@code RefusalPages}); the request is checked in full before the first byte of the file is sent.
 */
@Controller
class ReportsController {

    static final String VIEW = "reporting/reports";

    private final ConsolidatedReportService reports;

    ReportsController(ConsolidatedReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String page(Model model) {
        model.addAttribute("choices", reports.choices());
        return VIEW;
    }

    @GetMapping("/reports/consolidated.xlsx")
    void download(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                  @RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        ConsolidatedReport report = reports.prepare(year, quarter, unit);
        response.setContentType(QuarterlyReportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(report.fileName()).build().toString());
        reports.write(report, response.getOutputStream());
    }
}
