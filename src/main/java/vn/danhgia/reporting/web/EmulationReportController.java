package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.emulation.EmulationReports;
import vn.danhgia.reporting.emulation.EmulationWorkbook;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The emulation reports page (issue 14 §6): the titles and rewards per unit of a year, the people one year away from a
 * title after it, and the summary tables as .xlsx. Without a year, the last one with titles on record. A wrong value
 * or a refusal goes to the error page with its Vietnamese message; the file is checked in full before its first byte.
 */
@Controller
class EmulationReportController {

    private final EmulationReports reports;
    private final EmulationWorkbook workbook;
    private final YearUnderReview yearUnderReview;

    EmulationReportController(EmulationReports reports, EmulationWorkbook workbook, YearUnderReview yearUnderReview) {
        this.reports = reports;
        this.workbook = workbook;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/reports/emulation")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                Model model) {
        EmulationReports.Choices choices = reports.choices(yearUnderReview.now());
        int shown = year == null ? choices.defaultYear() : year;
        model.addAttribute("choices", choices);
        model.addAttribute("titles", reports.titles(shown, unit));
        model.addAttribute("chains", reports.chains(shown, unit));
        model.addAttribute("unit", unit);
        // The last six years, and the one shown when it is older.
        SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        IntStream.rangeClosed(0, 5).forEach(offset -> years.add(yearUnderReview.now() - offset));
        years.add(shown);
        model.addAttribute("years", years);
        return "emulation/reports";
    }

    @GetMapping("/reports/emulation/summary.xlsx")
    void summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
                 HttpServletResponse response) throws IOException {
        EmulationWorkbook.Prepared report = workbook.prepare(
                year == null ? reports.choices(yearUnderReview.now()).defaultYear() : year, unit);
        response.setContentType(QuarterlyReportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(report.fileName()).build().toString());
        workbook.write(report, response.getOutputStream());
    }
}
