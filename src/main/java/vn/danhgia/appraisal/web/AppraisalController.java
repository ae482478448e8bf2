package vn.danhgia.appraisal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.appraisal.AppraisalContent;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.appraisal.ResponseLevel;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * "Thẩm định": the personnel officer's list of submitted self-assessments awaiting appraisal, and the appraisal page
 * with the cadre's figures beside the appraised ones, the engine's suggestion beside the proposal. A refused save is
 * shown on the page with the values as typed and the message beside each field.
 */
@Controller
@RequestMapping("/review/appraisals")
class AppraisalController {

    static final String LIST = "review/appraisals";
    static final String PAGE = "review/appraisal";

    private final AppraisalService service;
    private final RatingTexts ratingTexts;
    private final MessageSource messages;

    AppraisalController(AppraisalService service, RatingTexts ratingTexts, MessageSource messages) {
        this.service = service;
        this.ratingTexts = ratingTexts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("awaiting", service.awaiting());
        return LIST;
    }

    @PostMapping
    String open(@RequestParam long selfAssessmentId, Model model, Locale locale) {
        try {
            return "redirect:/review/appraisals/" + service.open(selfAssessmentId).id();
        } catch (RuleRefusedException refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments().toArray(),
                    locale));
            model.addAttribute("awaiting", service.awaiting());
            return LIST;
        }
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model, Locale locale) {
        AppraisalView view = service.get(id);
        return page(view, AppraisalForm.of(view), Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("appraisalForm") AppraisalForm form,
                @RequestParam(defaultValue = "false") boolean complete, Model model, Locale locale,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        AppraisalView view = service.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        AppraisalContent content = content(form, errors, locale);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, form, errors, model, locale);
        }
        try {
            AppraisalView saved = service.save(id, form.getVersion(), content);
            if (complete) {
                service.complete(id, saved.version());
            }
            redirect.addFlashAttribute("flashSuccess",
                    complete ? "review.appraisal.flash.completed" : "review.appraisal.flash.saved");
            return "redirect:/review/appraisals/" + id;
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> errors.merge(v.field(), message(v, locale), (a, b) -> a + " " + b));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            AppraisalView fresh = service.get(id);
            if (complete) {
                // The content was saved before completing was refused: the next post starts from that version.
                form.setVersion(fresh.version());
            }
            return page(fresh, form, errors, model, locale);
        } catch (OptimisticLockingFailureException conflict) {
            errors.put("form", messages.getMessage("review.appraisal.conflict", null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(view, form, errors, model, locale);
        }
    }

    private String page(AppraisalView view, AppraisalForm form, Map<String, String> errors, Model model,
                        Locale locale) {
        model.addAttribute("appraisal", view);
        model.addAttribute("appraisalForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("responses", ResponseLevel.values());
        var suggestion = view.appraisedScore().suggestion();
        model.addAttribute("suggestedLevel", suggestion == null ? null
                : ratingTexts.levelName(suggestion.level(), locale));
        model.addAttribute("suggestionReasons", suggestion == null ? List.of() : suggestion.reasons().stream()
                .map(r -> ratingTexts.message(r, locale) + " (" + ratingTexts.source(r, locale) + ")").toList());
        model.addAttribute("scoreProblems", view.appraisedScore().problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
        return PAGE;
    }

    /** The form as content for the service; numbers that do not parse are named here. */
    private AppraisalContent content(AppraisalForm form, Map<String, String> errors, Locale locale) {
        List<AppraisalContent.TaskEntry> tasks = new ArrayList<>();
        for (int i = 0; i < form.getTasks().size(); i++) {
            AppraisalForm.Row row = form.getTasks().get(i);
            String path = "tasks[" + i + "].";
            tasks.add(new AppraisalContent.TaskEntry(row.getTaskId(),
                    number(row.getDoneQuantity(), path + "doneQuantity", i + 1, errors, locale),
                    number(row.getQuality(), path + "quality", i + 1, errors, locale),
                    number(row.getTimeliness(), path + "timeliness", i + 1, errors, locale),
                    number(row.getLeadership(), path + "leadership", i + 1, errors, locale),
                    row.getAdjustmentReason(), row.getResponseLevel()));
        }
        return new AppraisalContent(tasks, form.getProposedLevel(), form.getJustification());
    }

    private BigDecimal number(String text, String field, int row, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            errors.put(field, messages.getMessage("review.appraisal.error.number", new Object[] {row, text},
                    locale));
            return null;
        }
    }

    private String message(FieldViolation violation, Locale locale) {
        Object[] arguments = violation.arguments().stream()
                .map(a -> a instanceof MessageSourceResolvable r ? messages.getMessage(r, locale) : a).toArray();
        return messages.getMessage(violation.messageKey(), arguments, locale);
    }
}
