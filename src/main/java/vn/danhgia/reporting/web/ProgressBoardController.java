package vn.danhgia.reporting.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.progress.ProgressBoard;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.reporting.progress.ProgressStatus;
import vn.danhgia.reporting.summary.QuarterlyForm;
import vn.danhgia.scheme.Quarter;

/**
 * The progress board page: filters as a plain GET form (so a filtered board can be bookmarked and shared), the counts
 * per status, and one page of 50 cadres.
 */
@Controller
@RequestMapping("/progress")
class ProgressBoardController {

    static final String VIEW = "reporting/progress";

    /** A quarter the filter offers: its parameter value ({@code 2026-Q3}) and what the label is made of. */
    record QuarterOption(String value, String roman, String year) {

        static QuarterOption of(Quarter quarter) {
            return new QuarterOption(ProgressFilter.format(quarter), quarter.roman(), String.valueOf(quarter.year()));
        }
    }

    private final ProgressBoardService boards;

    ProgressBoardController(ProgressBoardService boards) {
        this.boards = boards;
    }

    @GetMapping
    String board(@RequestParam(required = false) String quarter, @RequestParam(required = false) Long unit,
                 @RequestParam(required = false) String status, @RequestParam(name = "q", required = false) String q,
                 @RequestParam(required = false) Integer page, Model model) {
        Quarter current = quarter == null || quarter.isBlank() ? boards.defaultQuarter() : boards.currentQuarter();
        ProgressFilter filter;
        try {
            filter = ProgressFilter.parse(quarter, unit, status, q, page, current);
        } catch (InvalidInputException invalid) {
            // Only a hand-edited address gets here: show the current quarter and say what was not understood.
            model.addAttribute("violations", invalid.violations());
            filter = new ProgressFilter(current, null, null, "", 1);
        }
        ProgressBoard board;
        try {
            board = boards.board(filter);
        } catch (InvalidInputException invalid) {
            model.addAttribute("violations", invalid.violations());
            board = boards.board(new ProgressFilter(filter.quarter(), null, filter.status(), filter.search(), 1));
        }
        model.addAttribute("board", board);
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("quarterlyForms", QuarterlyForm.values());
        model.addAttribute("quarters", quarterOptions(current, board.filter().quarter()));
        model.addAttribute("quarterValue", ProgressFilter.format(board.filter().quarter()));
        model.addAttribute("pageNumbers", pageNumbers(board.filter().page(), board.totalPages()));
        return VIEW;
    }

    /** The unit filter's options (an htmx fragment), for a scope too large to list in the page itself. */
    @GetMapping("/units")
    String units(@RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("units", boards.unitOptions());
        model.addAttribute("selected", unit);
        return "reporting/filters :: unitList";
    }

    /** Links to three pages either side of the current one. */
    private static List<Integer> pageNumbers(int page, int totalPages) {
        List<Integer> numbers = new ArrayList<>();
        for (int number = Math.max(1, page - 3); number <= Math.min(totalPages, page + 3); number++) {
            numbers.add(number);
        }
        return numbers;
    }

    /** The quarters around today (four back, one ahead), and the chosen one if it lies further away. */
    static List<QuarterOption> quarterOptions(Quarter current, Quarter chosen) {
        List<QuarterOption> options = new ArrayList<>();
        Quarter quarter = current.next();
        for (int i = 0; i < 6; i++) {
            options.add(QuarterOption.of(quarter));
            quarter = quarter.previous();
        }
        QuarterOption chosenOption = QuarterOption.of(chosen);
        if (!options.contains(chosenOption)) {
            options.add(chosen.compareTo(current) > 0 ? 0 : options.size(), chosenOption);
        }
        return options;
    }
}
