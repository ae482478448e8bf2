package vn.danhgia.reporting.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.Quarter;

/**
 * The level above's page of received upward reports: the upload form (personnel office, administrator), the reports
 * of a quarter with per-body and grand totals, and the consolidated .xlsx. A refused file is shown on the page with
 * every fault (400, or 409 for a file older than the one held), and nothing is stored.
 */
@Controller
@RequestMapping("/reports/received")
class ReceivedReportPageController {

    static final String VIEW = "reporting/received";

    /** A refusal to show on the page: its message key and arguments. */
    record Problem(String messageKey, List<Object> arguments) {
    }

    private final ReceivedReportService receivedReports;

    ReceivedReportPageController(ReceivedReportService receivedReports) {
        this.receivedReports = receivedReports;
    }

    @GetMapping
    String page(@RequestParam(required = false) String quarter, Model model) {
        return show(receivedReports.consolidation(quarter), model);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Model model,
                  HttpServletResponse response) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        try {
            ImportResult result = receivedReports.importReport(content);
            redirect.addFlashAttribute("flashSuccess", "exchange.import.flash." + result.outcome().name());
            return "redirect:/reports/received?quarter=" + result.report().period().key();
        } catch (InvalidInputException invalid) {
            List<Problem> problems = new ArrayList<>();
            for (FieldViolation violation : invalid.violations()) {
                problems.add(new Problem(violation.messageKey(), violation.arguments()));
            }
            return refused(problems, HttpStatus.BAD_REQUEST, model, response);
        } catch (RuleRefusedException older) {
            return refused(List.of(new Problem(older.messageKey(), older.arguments())), HttpStatus.CONFLICT, model,
                    response);
        }
    }

    private String refused(List<Problem> problems, HttpStatus status, Model model, HttpServletResponse response) {
        model.addAttribute("problems", problems);
        response.setStatus(status.value());
        return show(receivedReports.consolidation(null), model);
    }

    private String show(Consolidation consolidation, Model model) {
        model.addAttribute("consolidation", consolidation);
        model.addAttribute("mayImport", receivedReports.mayImport());
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = receivedReports.currentQuarter();
        for (int i = 0; i < 8; i++) {
            quarters.add(quarter);
            quarter = quarter.previous();
        }
        if (!quarters.contains(consolidation.quarter())) {
            quarters.add(consolidation.quarter());
        }
        model.addAttribute("quarters", quarters);
        return VIEW;
    }
}
