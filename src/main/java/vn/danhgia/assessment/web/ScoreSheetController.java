package vn.danhgia.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.FragmentsRendering;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.rules.quarterly.RatingCase;
import vn.danhgia.rules.quarterly.RatingEngine;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The Mẫu 03 scoring sheet (seed 002): a full page on GET, and htmx fragments that recompute the result panel as
 * the user types and add or remove task rows. Nothing is stored yet; the sheet is posted whole each time.
 */
@Controller
@RequestMapping("/assessment/score-sheet")
class ScoreSheetController {

    static final String VIEW = "assessment/score-sheet";
    private static final String FORM = "scoreSheetForm";

    private final SchemeCatalog schemes;
    private final Clock clock;
    private final RatingTexts ratingTexts;
    private final RatingEngine engine = new RatingEngine();

    ScoreSheetController(SchemeCatalog schemes, Clock clock, RatingTexts ratingTexts) {
        this.schemes = schemes;
        this.clock = clock;
        this.ratingTexts = ratingTexts;
    }

    @GetMapping
    String blankSheet(Model model, Locale locale) {
        return page(model, locale, ScoreSheetForm::blank, false);
    }

    /** The sheet filled with seed 002's worked example, so its figures can be checked against the guidance. */
    @GetMapping("/example")
    String workedExample(Model model, Locale locale) {
        return page(model, locale, WorkedExample::form, true);
    }

    /** Recomputes the result panel; field messages come back as out-of-band swaps next to their inputs. */
    @PostMapping("/result")
    FragmentsRendering result(@ModelAttribute(FORM) ScoreSheetForm form, BindingResult errors, Model model,
                              Locale locale) {
        evaluate(form, errors, model, locale);
        return FragmentsRendering.fragment(VIEW + " :: result").fragment(VIEW + " :: field-errors").build();
    }

    @PostMapping("/tasks")
    String addTask(@RequestParam int axis, @ModelAttribute(FORM) ScoreSheetForm form, Model model, Locale locale) {
        tasksOf(form, axis).add(TaskForm.blank());
        return evaluate(form, freshErrors(form, model), model, locale);
    }

    @PostMapping("/tasks/remove")
    String removeTask(@RequestParam int axis, @RequestParam int task, @ModelAttribute(FORM) ScoreSheetForm form,
                      Model model, Locale locale) {
        List<TaskForm> tasks = tasksOf(form, axis);
        if (task < 0 || task >= tasks.size()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        tasks.remove(task);
        return evaluate(form, freshErrors(form, model), model, locale);
    }

    /** Indexes beyond what the binder may grow a list to come only from forged requests. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Void> forgedPropertyPath() {
        return ResponseEntity.badRequest().build();
    }

    private String page(Model model, Locale locale,
                        BiFunction<EvaluationSchemeView, Locale, ScoreSheetForm> newForm, boolean scoreIt) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        Optional<EvaluationSchemeView> scheme = schemes.inForce(today);
        if (scheme.isEmpty()) {
            return VIEW;
        }
        ScoreSheetForm form = newForm.apply(scheme.get(), locale);
        model.addAttribute(FORM, form);
        BindingResult errors = freshErrors(form, model);
        model.addAttribute("scheme", scheme.get());
        if (scoreIt) {
            score(scheme.get(), form, errors, model, locale);
        }
        return VIEW;
    }

    /**
     * Reads a posted sheet against the scheme it was drawn from (which may no longer be the one in force) and
     * returns the fragment holding the sheet and its panel, which the row buttons swap in.
     */
    private String evaluate(ScoreSheetForm form, BindingResult errors, Model model, Locale locale) {
        Optional<EvaluationSchemeView> scheme = form.getSchemeCode() == null
                ? Optional.empty() : schemes.byCode(form.getSchemeCode());
        if (scheme.isEmpty()) {
            errors.reject(ScoreSheetReader.FORM_OUTDATED);
        } else {
            model.addAttribute("scheme", scheme.get());
            score(scheme.get(), form, errors, model, locale);
        }
        return VIEW + " :: workspace";
    }

    private void score(EvaluationSchemeView scheme, ScoreSheetForm form, BindingResult errors, Model model,
                       Locale locale) {
        new ScoreSheetReader(scheme, errors, locale).read(form).ifPresent(input -> {
            // The sheet alone is the case: not a leader, no veto event, no collective (those come with appraisal).
            RatingCase ratingCase = RatingCase.builder().scoreSheet(input.criteria(), input.axes()).build();
            model.addAttribute("result", ScoreSheetResult.of(scheme, input.criteria(), ratingCase.score()));
            model.addAttribute("suggestion", RatingSuggestionView.of(
                    engine.suggest(ratingCase, scheme.ratingRules()), ratingTexts, locale));
        });
    }

    private static List<TaskForm> tasksOf(ScoreSheetForm form, int axis) {
        if (form.getAxes() == null || axis < 0 || axis >= form.getAxes().size()
                || form.getAxes().get(axis) == null || form.getAxes().get(axis).getTasks() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return form.getAxes().get(axis).getTasks();
    }

    /** Row indexes shift when a row is added or removed, so the sheet is checked again from a clean slate. */
    private static BindingResult freshErrors(ScoreSheetForm form, Model model) {
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return errors;
    }
}
