package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.forms.FormFormat;
import vn.danhgia.reporting.summary.AnnualLevelsReport;
import vn.danhgia.reporting.summary.AnnualLevelsReport.Kind;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The yearly summary tables (Biểu số 01, 02; seed 003 §2.1 item 12) and the party-member results as files. The
 * request is checked in full before the first byte is sent; refusals go to the error page with their message. Without
 * a year, the year under review.
 */
@Controller
class AnnualReportController {

    private final AnnualLevelsReport reports;
    private final YearUnderReview yearUnderReview;

    AnnualReportController(AnnualLevelsReport reports, YearUnderReview yearUnderReview) {
        this.reports = reports;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/reports/annual/levels.{extension}")
    void levels(@PathVariable String extension, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
        write(Kind.LEVELS, extension, year, unit, response);
    }

    @GetMapping("/reports/annual/party-members.{extension}")
    void partyMembers(@PathVariable String extension, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
        write(Kind.PARTY_MEMBERS, extension, year, unit, response);
    }

    private void write(Kind kind, String extension, Integer year, Long unit, HttpServletResponse response)
            throws IOException {
        if (!extension.equals("xlsx") && FormFormat.ofExtension(extension).isEmpty()) {
            throw new vn.danhgia.platform.RecordNotFoundException("REPORT", extension);
        }
        AnnualLevelsReport.Prepared report = reports.prepare(kind, yearUnderReview.orNow(year), unit);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(report.fileName(extension)).build().toString());
        switch (extension) {
            case "xlsx" -> {
                response.setContentType(QuarterlyReportController.XLSX);
                reports.writeXlsx(report, response.getOutputStream());
            }
            case "docx" -> {
                response.setContentType(FormFormat.DOCX.contentType());
                reports.writeDocx(report, response.getOutputStream());
            }
            default -> {
                response.setContentType(FormFormat.PDF.contentType());
                reports.writePdf(report, response.getOutputStream());
            }
        }
    }
}
