package vn.danhgia.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingHistory;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.BatchOutcome;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * "Quyết định xếp loại" (seed 002 §4 Bước 4–5): the board of a quarter grouped by peer group with its EXCELLENT
 * places, and per row the forms the reader may use — the unit head's proposal, the authority's decision, the
 * proposal upwards and the record of the higher authority's decision — and per unit the collective's result, a page
 * at a time and, if the reader chooses, one unit's cadres or those not decided yet ({@link DecisionBoardView}). A
 * success redirects with a flash message to the same view; a refusal shows the board again with the reason and the
 * status of the refusal (400 for input, 409 for a rule or a stale version). Access is checked by
 * {@link DecisionService}.
 */
@Controller
@RequestMapping("/review/decisions")
class DecisionController {

    static final String PAGE = "review/decisions";

    private final DecisionService service;
    private final RatingHistory history;
    private final RatingTexts ratingTexts;
    private final MessageSource messages;
    private final Clock clock;
    private final DefaultPeriod defaultPeriod;

    DecisionController(DecisionService service, RatingHistory history, RatingTexts ratingTexts,
                       MessageSource messages, Clock clock, DefaultPeriod defaultPeriod) {
        this.service = service;
        this.history = history;
        this.ratingTexts = ratingTexts;
        this.messages = messages;
        this.defaultPeriod = defaultPeriod;
        this.clock = clock;
    }

    @GetMapping
    String board(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                 @RequestParam(required = false) String period, @RequestParam(defaultValue = "1") String page,
                 @RequestParam(required = false) String inUnit, @RequestParam(required = false) String undecided,
                 Model model, Locale locale) {
        Quarter chosen = period == null ? quarterOf(year, quarter) : Quarter.fromKey(period)
                .map(key -> quarterOf(key.year(), key.number())).orElseGet(() -> quarterOf(null, null));
        return page(chosen, DecisionBoardView.of(page, inUnit, undecided), null, model, locale);
    }

    @PostMapping("/propose")
    String propose(@ModelAttribute DecisionForm form, Model model, Locale locale, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(form.getYear(), form.getQuarter(), () -> service.propose(new CadreId(form.getCadre()),
                period(form.getYear(), form.getQuarter()), version(form.getVersion()), form.getLevel(), form.getComment()),
                "review.decision.flash.proposed", form.view(), model, locale, redirect, response);
    }

    @PostMapping("/decide")
    String decide(@ModelAttribute DecisionForm form, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(form.getYear(), form.getQuarter(), () -> service.decide(new CadreId(form.getCadre()),
                period(form.getYear(), form.getQuarter()), version(form.getVersion()), form.getLevel(), form.getComment(),
                form.getForceMajeureReason()), "review.decision.flash.decided", form.view(), model, locale, redirect,
                response);
    }

    @PostMapping("/propose-upward")
    String proposeUpward(@ModelAttribute DecisionForm form, Model model, Locale locale, RedirectAttributes redirect,
                         HttpServletResponse response) {
        return act(form.getYear(), form.getQuarter(), () -> service.proposeUpward(new CadreId(form.getCadre()),
                period(form.getYear(), form.getQuarter()), version(form.getVersion()), form.getLevel(), form.getComment()),
                "review.decision.flash.proposedUpward", form.view(), model, locale, redirect, response);
    }

    @PostMapping("/higher-decision")
    String higherDecision(@ModelAttribute DecisionForm form, Model model, Locale locale,
                          RedirectAttributes redirect, HttpServletResponse response) {
        return act(form.getYear(), form.getQuarter(), () -> service.recordHigherDecision(
                new CadreId(form.getCadre()), period(form.getYear(), form.getQuarter()), version(form.getVersion()),
                form.getLevel(), form.getComment()), "review.decision.flash.higherRecorded", form.view(), model,
                locale, redirect, response);
    }

    @PostMapping("/collective")
    String collective(@ModelAttribute CollectiveForm form, Model model, Locale locale, RedirectAttributes redirect,
                      HttpServletResponse response) {
        return act(form.getYear(), form.getQuarter(), () -> service.recordCollective(new UnitId(form.getUnit()),
                period(form.getYear(), form.getQuarter()), version(form.getVersion()), count(form.getAssigned(), "assigned"),
                count(form.getDone(), "done"), count(form.getExcused(), "excused"), form.getForceMajeureReason(),
                form.getLevel()), "review.decision.flash.collectiveRecorded", form.view(), model, locale, redirect,
                response);
    }

    /**
     * Decides the ticked cadres at their suggested level in one action (issue 12). The level is the engine's
     * suggestion as the board reads it now; each cadre goes through {@link DecisionService#decide} with the version the
     * board showed, so the quota, the scope, the version and the audit are checked one by one; a refused cadre changes
     * nothing, the others are decided, and the page says which and why.
     */
    @PostMapping("/decide-selected")
    String decideSelected(@RequestParam int year, @RequestParam int quarter,
                          @RequestParam(name = "cadre", required = false) List<String> selected,
                          @RequestParam(defaultValue = "1") String page,
                          @RequestParam(required = false) String inUnit,
                          @RequestParam(required = false) String undecided, Model model) {
        Quarter period = period(year, quarter);
        Map<Long, DecisionBoard.Row> rows = new HashMap<>();
        service.board(period).groups().forEach(group -> group.rows()
                .forEach(row -> rows.put(row.cadre().value(), row)));
        List<String> items = selected == null ? List.of() : selected;
        List<BatchOutcome> outcomes = BatchOutcome.each(items, item -> label(item, rows), item -> {
            String[] cadreAndVersion = item.split(":", -1);
            DecisionBoard.Row row;
            Long expected;
            try {
                row = rows.get(Long.parseLong(cadreAndVersion[0]));
                expected = cadreAndVersion.length < 2 ? null : version(cadreAndVersion[1]);
            } catch (NumberFormatException malformed) {
                throw new RecordNotFoundException("CADRE", item);
            }
            if (row == null) {
                throw new RecordNotFoundException("CADRE", item);
            }
            if (row.suggestedLevel() == null) {
                throw new RuleRefusedException("review.decision.batch.noSuggestion");
            }
            service.decide(row.cadre(), period, expected, row.suggestedLevel().name(), null, null);
        });
        model.addAttribute("titleKey", "review.decision.batch.title");
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("back", DecisionBoardView.of(page, inUnit, undecided).address(period));
        return "platform/batch-result";
    }

    /** The cadre's name as the board shows it; the raw value for one the board does not show. */
    private static String label(String item, Map<Long, DecisionBoard.Row> rows) {
        try {
            DecisionBoard.Row row = rows.get(Long.parseLong(item.split(":", -1)[0]));
            return row == null ? item : row.name() + " (" + row.code() + ")";
        } catch (NumberFormatException malformed) {
            return item;
        }
    }

    private String act(int year, int quarter, Supplier<?> action, String success, DecisionBoardView view,
                       Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Quarter period = quarterOf(year, quarter);
        try {
            action.get();
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:" + view.address(period);
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<String> texts = invalid.violations().stream().map(v -> message(v, locale)).toList();
            return page(period, view, String.join(" ", texts), model, locale);
        } catch (RuleRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(period, view, messages.getMessage(refused.messageKey(), refused.arguments().toArray(),
                    locale), model, locale);
        } catch (OptimisticLockingFailureException stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(period, view, messages.getMessage("review.decision.conflict", null, locale), model,
                    locale);
        }
    }

    private String page(Quarter quarter, DecisionBoardView view, String refusal, Model model, Locale locale) {
        DecisionBoard board = service.board(quarter);
        DecisionBoardPage shown = DecisionBoardPage.of(board, view, DecisionBoardPage.ROWS_PER_PAGE);
        model.addAttribute("board", board);
        model.addAttribute("boardPage", shown);
        model.addAttribute("view", view.onPage(shown.number()));
        model.addAttribute("units", units(board));
        model.addAttribute("refusal", refusal);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("quarters", quarters(quarter));
        Map<String, List<String>> quotaTexts = new HashMap<>();
        Map<Long, List<String>> suggestionTexts = new HashMap<>();
        Map<Long, String> rankTexts = new HashMap<>();
        for (DecisionBoard.PeerGroup group : shown.groups()) {
            quotaTexts.put(group.key(), texts(group.quotaReasons(), locale));
            for (DecisionBoard.Row row : group.rows()) {
                if (row.suggestion() != null) {
                    suggestionTexts.put(row.cadre().value(), texts(row.suggestion().limitingReasons(), locale));
                }
                if (row.quotaReason() != null) {
                    rankTexts.put(row.cadre().value(), ratingTexts.message(row.quotaReason(), locale));
                }
            }
        }
        model.addAttribute("anyDecidable", shown.pageRows().stream()
                .anyMatch(row -> row.canDecide() && row.suggestion() != null));
        model.addAttribute("quotaTexts", quotaTexts);
        model.addAttribute("suggestionTexts", suggestionTexts);
        model.addAttribute("rankTexts", rankTexts);
        // Seed 002 §5 and §7 d): the year flag, the replacement alert and the deferred quarters carried over.
        model.addAttribute("standings", history.standings(shown.pageRows().stream()
                .map(row -> row.cadre().value()).toList(), quarter.year(), quarter.number()));
        return PAGE;
    }

    private List<String> texts(List<RatingReason> reasons, Locale locale) {
        return reasons.stream().map(r -> ratingTexts.message(r, locale) + " (" + ratingTexts.source(r, locale) + ")")
                .toList();
    }

    /** The units of the board's cadres to choose from, by name in Vietnamese order. */
    private static Map<Long, String> units(DecisionBoard board) {
        Map<Long, String> units = new HashMap<>();
        board.groups().forEach(group -> group.rows().forEach(row -> units.put(row.unit().value(), row.unitName())));
        Map<Long, String> byName = new LinkedHashMap<>();
        units.entrySet().stream().sorted(Map.Entry.<Long, String>comparingByValue(VietnameseText.TEXT_ORDER)
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(unit -> byName.put(unit.getKey(), unit.getValue()));
        return byName;
    }

    /** The quarter a form acts on; a quarter outside 1–4 or a year outside 2000–2100 is refused, not guessed. */
    private static Quarter period(int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "review.decision.error.quarter")));
        }
        return new Quarter(year, quarter);
    }

    /** The quarter asked for, or the reader's default (issue 12: never an unrated one unless chosen). */
    private Quarter quarterOf(Integer year, Integer quarter) {
        if (year != null && quarter != null && quarter >= 1 && quarter <= 4 && year >= 2000 && year <= 2100) {
            return new Quarter(year, quarter);
        }
        return defaultPeriod.forReader();
    }

    private List<Quarter> quarters(Quarter shown) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = Quarter.containing(LocalDate.now(clock));
        for (Quarter q = current.previous().previous().previous(); !q.equals(current.next()); q = q.next()) {
            quarters.add(q);
        }
        if (!quarters.contains(shown)) {
            quarters.add(shown);
        }
        return quarters;
    }

    /** The version the board showed; null when nothing was recorded yet. */
    private static Long version(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.trim());
        } catch (NumberFormatException malformed) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "review.decision.error.version")));
        }
    }

    private static Integer count(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException malformed) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "review.collective.error.number")));
        }
    }

    private String message(FieldViolation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale);
    }
}
