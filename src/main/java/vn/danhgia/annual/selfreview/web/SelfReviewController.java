package vn.danhgia.annual.selfreview.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The annual self-review pages (issue 13 §3): "my self-review of the year", opened and prefilled on request; the
 * self-review itself, edited while a draft and submitted, with Word and PDF downloads; a unit's list with each
 * person's form and status; the review suggestions the authority records for a person. Refusals are shown beside the
 * field they concern (post-redirect-get on success).
 */
@Controller
class SelfReviewController {

    private static final String MINE = "annual/self-review-mine";
    private static final String PAGE = "annual/self-review";
    private static final String LIST = "annual/self-reviews";
    private static final String SUGGESTIONS = "annual/review-suggestions";

    private final SelfReviewService reviews;
    private final MessageSource messages;
    private final YearUnderReview yearUnderReview;

    SelfReviewController(SelfReviewService reviews, MessageSource messages, YearUnderReview yearUnderReview) {
        this.reviews = reviews;
        this.messages = messages;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/annual/self-review")
    String mine(@RequestParam(required = false) Integer year, Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("year", shown);
        model.addAttribute("review", reviews.findMine(shown).orElse(null));
        return MINE;
    }

    @PostMapping("/annual/self-review")
    String open(@RequestParam int year, Model model, Locale locale) {
        try {
            return "redirect:/annual/self-reviews/" + reviews.openMine(year).id();
        } catch (RuleRefusedException refused) {
            model.addAttribute("refusal", text(refused.messageKey(), refused.arguments(), locale));
        } catch (AccessRefusedException refused) {
            model.addAttribute("refusal", text(refused.messageKey(), refused.arguments(), locale));
        }
        model.addAttribute("year", year);
        model.addAttribute("review", null);
        return MINE;
    }

    @GetMapping("/annual/self-reviews/{id}")
    String show(@PathVariable long id, Model model) {
        SelfReviewView review = reviews.get(id);
        return page(review, formOf(review), Map.of(), model);
    }

    @PostMapping("/annual/self-reviews/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") SelfReviewForm form, Model model, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, form, false, model, locale, redirect, response);
    }

    @PostMapping("/annual/self-reviews/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute("form") SelfReviewForm form, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, form, true, model, locale, redirect, response);
    }

    @GetMapping("/annual/self-reviews")
    String unit(@RequestParam long unit, @RequestParam(required = false) Integer year, Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("lines", reviews.ofUnit(unit, shown));
        model.addAttribute("unit", unit);
        model.addAttribute("year", shown);
        return LIST;
    }

    @PostMapping("/annual/self-reviews/collective")
    String openCollective(@RequestParam long unit, @RequestParam int year) {
        return "redirect:/annual/self-reviews/" + reviews.openCollective(unit, year).id();
    }

    @GetMapping("/annual/review-suggestions")
    String suggestions(@RequestParam long cadre, @RequestParam(required = false) Integer year, Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("suggestions", reviews.suggestions(cadre, shown));
        model.addAttribute("cadre", cadre);
        model.addAttribute("year", shown);
        return SUGGESTIONS;
    }

    @PostMapping("/annual/review-suggestions")
    String suggest(@RequestParam long cadre, @RequestParam int year, @RequestParam(required = false) String text,
                   Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            reviews.suggest(cadre, year, text);
            redirect.addFlashAttribute("flashSuccess", "selfreview.page.suggestion-added");
            return "redirect:/annual/review-suggestions?cadre=" + cadre + "&year=" + year;
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", errors(invalid.violations(), locale));
            model.addAttribute("text", text);
            model.addAttribute("suggestions", reviews.suggestions(cadre, year));
            model.addAttribute("cadre", cadre);
            model.addAttribute("year", year);
            return SUGGESTIONS;
        }
    }

    private String change(long id, SelfReviewForm form, boolean submit, Model model, Locale locale,
                          RedirectAttributes redirect, HttpServletResponse response) {
        SelfReviewView review = reviews.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        form.getScores().forEach((code, typed) -> {
            String value = typed == null ? "" : typed.strip().replace(',', '.');
            if (value.isEmpty()) {
                scores.put(code, null);
                return;
            }
            try {
                scores.put(code, new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                errors.put("scores[" + code + "]", text("selfreview.invalid.points-number", List.of(), locale));
            }
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(review, form, errors, model);
        }
        try {
            SelfReviewView saved = reviews.save(id, form.getVersion(), new SelfReviewContent(form.getSections(),
                    form.getProposedLevel(), review.form().equals("MAU_2B") ? scores : null));
            if (submit) {
                reviews.submit(id, saved.version());
            }
            redirect.addFlashAttribute("flashSuccess",
                    submit ? "selfreview.page.submitted" : "selfreview.page.saved");
            return "redirect:/annual/self-reviews/" + id;
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(review, form, errors(invalid.violations(), locale), model);
        } catch (RuleRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", text(refused.messageKey(), refused.arguments(), locale));
            return page(review, form, Map.of(), model);
        }
    }

    private String page(SelfReviewView review, SelfReviewForm form, Map<String, String> errors, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", List.of(RatingLevel.values()));
        return PAGE;
    }

    private static SelfReviewForm formOf(SelfReviewView review) {
        SelfReviewForm form = new SelfReviewForm();
        form.setVersion(review.version());
        review.sections().forEach(section -> form.getSections().put(section.code(), section.text()));
        form.setProposedLevel(review.proposedLevel());
        review.frame().forEach(item -> form.getScores().put(item.code(),
                item.points() == null ? "" : item.points().stripTrailingZeros().toPlainString()));
        return form;
    }

    private Map<String, String> errors(List<FieldViolation> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(violation -> errors.merge(violation.field(),
                text(violation.messageKey(), violation.arguments(), locale), (a, b) -> a + " " + b));
        return errors;
    }

    private String text(String key, List<Object> arguments, Locale locale) {
        return messages.getMessage(key, new ArrayList<>(arguments).toArray(), locale);
    }
}
