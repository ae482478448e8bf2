package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.assessment.EvidenceContent;
import vn.danhgia.assessment.EvidenceService;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * "Tự đánh giá": the signed-in cadre's quarters and the stored Mẫu 03 of one quarter. The page recomputes the score
 * and the suggested level as the cadre types (htmx, nothing stored), saves and submits the whole sheet, and shows
 * a refused save on the sheet itself with the values as typed. Readers who may not change it see it without inputs;
 * the unit's leadership can return a submitted one with a note.
 */
@Controller
@RequestMapping("/assessment/self-assessments")
class SelfAssessmentController {

    static final String LIST = "assessment/self-assessments";
    static final String SHEET = "assessment/self-assessment";
    private static final String FORM = "selfAssessmentForm";

    private final SelfAssessmentService service;
    private final SchemeCatalog schemes;
    private final RatingTexts ratingTexts;
    private final MessageSource messages;
    private final EvidenceService evidence;
    private final long evidenceMaxMegabytes;

    SelfAssessmentController(SelfAssessmentService service, SchemeCatalog schemes, RatingTexts ratingTexts,
                             MessageSource messages, EvidenceService evidence,
                             @Value("${danhgia.documents.max-size:20MB}") DataSize evidenceMaxSize) {
        this.service = service;
        this.evidence = evidence;
        this.evidenceMaxMegabytes = evidenceMaxSize.toMegabytes();
        this.schemes = schemes;
        this.ratingTexts = ratingTexts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("quarters", service.mine());
        return LIST;
    }

    @PostMapping
    String open(@RequestParam int year, @RequestParam int quarter, Model model, Locale locale) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            return "redirect:/assessment/self-assessments/" + service.open(new Quarter(year, quarter)).id();
        } catch (RuleRefusedException refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments().toArray(),
                    locale));
            model.addAttribute("quarters", service.mine());
            return LIST;
        }
    }

    @GetMapping("/{id}")
    String sheet(@PathVariable long id, Model model, Locale locale) {
        SelfAssessmentView view = service.get(id);
        EvaluationSchemeView scheme = schemeOf(view);
        SelfAssessmentForm form = SelfAssessmentForm.of(view, scheme, locale);
        freshErrors(form, model);
        return page(view, scheme, form, view.liveScore(), model, locale);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute(FORM) SelfAssessmentForm form, Model model, Locale locale,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        return change(id, form, model, locale, redirect, response, false);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute(FORM) SelfAssessmentForm form, Model model, Locale locale,
                  RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        return change(id, form, model, locale, redirect, response, true);
    }

    @PostMapping("/{id}/return")
    String returnForRevision(@PathVariable long id, @RequestParam long version, @RequestParam String note,
                             Model model, Locale locale, RedirectAttributes redirect,
                             jakarta.servlet.http.HttpServletResponse response) {
        try {
            service.returnForRevision(id, version, note);
            redirect.addFlashAttribute("flashSuccess", "assessment.self.flash.returned");
            return "redirect:/assessment/self-assessments/" + id;
        } catch (InvalidInputException invalid) {
            SelfAssessmentView view = service.get(id);
            EvaluationSchemeView scheme = schemeOf(view);
            SelfAssessmentForm form = SelfAssessmentForm.of(view, scheme, locale);
            freshErrors(form, model);
            model.addAttribute("noteError", describe(invalid.violations(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, scheme, form, view.liveScore(), model, locale);
        }
    }

    /**
     * Attaches an evidence file (minh chứng, issue 12 §3) to the self-assessment or one of its tasks; a refused file
     * is named beside the file input with the sheet as stored, and nothing is kept.
     */
    @PostMapping("/{id}/evidence")
    String attachEvidence(@PathVariable long id, @RequestParam(required = false) Long taskId,
                          @RequestPart(required = false) MultipartFile file, Model model, Locale locale,
                          RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.of("file",
                        "assessment.evidence.error.fileRequired")));
            }
            try (var content = file.getInputStream()) {
                evidence.attach(id, taskId, file.getOriginalFilename(), content);
            }
            redirect.addFlashAttribute("flashSuccess", "assessment.evidence.flash.attached");
            return "redirect:/assessment/self-assessments/" + id + "#evidence";
        } catch (InvalidInputException invalid) {
            model.addAttribute("evidenceError", describe(invalid.violations(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return sheet(id, model, locale);
        } catch (RuleRefusedException refused) {
            model.addAttribute("evidenceError", List.of(messages.getMessage(refused.messageKey(),
                    refused.arguments().toArray(), locale)));
            response.setStatus(HttpStatus.CONFLICT.value());
            return sheet(id, model, locale);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> downloadEvidence(@PathVariable long id, @PathVariable long evidenceId) {
        EvidenceContent content = evidence.download(id, evidenceId);
        return Attachments.of(content.evidence().contentType(), content.evidence().originalName(), content.bytes());
    }

    @PostMapping("/{id}/evidence/{evidenceId}/remove")
    String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, Model model, Locale locale,
                          RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            evidence.remove(id, evidenceId);
            redirect.addFlashAttribute("flashSuccess", "assessment.evidence.flash.removed");
            return "redirect:/assessment/self-assessments/" + id + "#evidence";
        } catch (RuleRefusedException refused) {
            model.addAttribute("evidenceError", List.of(messages.getMessage(refused.messageKey(),
                    refused.arguments().toArray(), locale)));
            response.setStatus(HttpStatus.CONFLICT.value());
            return sheet(id, model, locale);
        }
    }

    /** Recomputes the result panel from the sheet as typed; nothing is stored. */
    @PostMapping("/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute(FORM) SelfAssessmentForm form, Model model,
                   Locale locale) {
        SelfAssessmentView view = service.get(id);
        EvaluationSchemeView scheme = schemeOf(view);
        BindingResult errors = freshErrors(form, model);
        panel(view, scheme, form, errors, model, locale);
        return SHEET + " :: panel";
    }

    @PostMapping("/{id}/tasks")
    String addTask(@PathVariable long id, @RequestParam int axis, @ModelAttribute(FORM) SelfAssessmentForm form,
                   Model model, Locale locale) {
        SelfAssessmentView view = service.get(id);
        EvaluationSchemeView scheme = schemeOf(view);
        if (!view.listsTasksDirectly() || scheme.axes().stream().noneMatch(a -> a.number() == axis)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        form.getTasks().add(SelfAssessmentForm.blankTask(axis));
        BindingResult errors = freshErrors(form, model);
        panel(view, scheme, form, errors, model, locale);
        return page(view, scheme, form, null, model, locale) + " :: workspace";
    }

    @PostMapping("/{id}/tasks/remove")
    String removeTask(@PathVariable long id, @RequestParam int task, @ModelAttribute(FORM) SelfAssessmentForm form,
                      Model model, Locale locale) {
        SelfAssessmentView view = service.get(id);
        EvaluationSchemeView scheme = schemeOf(view);
        if (!view.listsTasksDirectly() || task < 0 || task >= form.getTasks().size()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        form.getTasks().remove(task);
        BindingResult errors = freshErrors(form, model);
        panel(view, scheme, form, errors, model, locale);
        return page(view, scheme, form, null, model, locale) + " :: workspace";
    }

    /** Indexes beyond what the binder may grow a list to come only from forged requests. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Void> forgedPropertyPath() {
        return ResponseEntity.badRequest().build();
    }

    /**
     * Saves the sheet (and submits it); a refusal is shown on the sheet with the values as typed, which are not
     * stored. A refusal of access (403) or a record outside the scope (404) goes to the error page.
     */
    private String change(long id, SelfAssessmentForm form, Model model, Locale locale, RedirectAttributes redirect,
                          jakarta.servlet.http.HttpServletResponse response, boolean submit) {
        SelfAssessmentView view = service.get(id);
        EvaluationSchemeView scheme = schemeOf(view);
        BindingResult errors = freshErrors(form, model);
        SelfAssessmentContent content = new FormReader(view, errors).content(form);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, scheme, form, null, model, locale);
        }
        try {
            SelfAssessmentView saved = service.save(id, form.getVersion(), content);
            if (submit) {
                service.submit(id, saved.version());
            }
            redirect.addFlashAttribute("flashSuccess",
                    submit ? "assessment.self.flash.submitted" : "assessment.self.flash.saved");
            return "redirect:/assessment/self-assessments/" + id;
        } catch (InvalidInputException invalid) {
            reject(errors, invalid.violations());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, scheme, form, null, model, locale);
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("platform.concurrent-edit");
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(view, scheme, form, null, model, locale);
        } catch (RuleRefusedException refused) {
            // The save may have gone through before the submission was refused: show the stored record's state.
            SelfAssessmentView now = service.get(id);
            if (now.version() != view.version()) {
                form.setVersion(now.version());
            }
            errors.reject(refused.messageKey(), refused.arguments().toArray(), null);
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(now, scheme, form, null, model, locale);
        }
    }

    private String page(SelfAssessmentView view, EvaluationSchemeView scheme, SelfAssessmentForm form,
                        LiveScore stored, Model model, Locale locale) {
        restorePlanned(view, form, locale);
        model.addAttribute("view", view);
        model.addAttribute("evidence", evidence.list(view.id()));
        model.addAttribute("evidenceMaxMegabytes", evidenceMaxMegabytes);
        Map<Long, String> taskTitles = new LinkedHashMap<>();
        view.tasks().forEach(task -> taskTitles.put(task.id(), task.title()));
        model.addAttribute("taskTitles", taskTitles);
        model.addAttribute("scheme", scheme);
        model.addAttribute(FORM, form);
        model.addAttribute("levels", RatingLevel.values());
        Map<String, Boolean> met = new LinkedHashMap<>();
        view.criteria().forEach(c -> met.put(c.code(), c.met()));
        model.addAttribute("criterionMet", met);
        if (stored != null && !stored.scored() && view.withoutContent() && view.total() != null) {
            // Nothing to score again from: the page shows the total of record, as the list and Mẫu 03 do.
            model.addAttribute("recordedTotal", view.total());
        } else if (stored != null) {
            showScore(scheme, stored, model, locale);
        } else if (!model.containsAttribute("result") && !model.containsAttribute("problems")) {
            BindingResult errors = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM);
            if (errors != null && !errors.hasErrors()) {
                panel(view, scheme, form, errors, model, locale);
            }
        }
        return SHEET;
    }

    /** A plan's rows show what the plan says, whatever was posted for their read-only inputs. */
    private static void restorePlanned(SelfAssessmentView view, SelfAssessmentForm form, Locale locale) {
        if (view.listsTasksDirectly() || form.getTasks() == null) {
            return;
        }
        for (SelfTaskForm row : form.getTasks()) {
            if (row == null || row.getId() == null) {
                continue;
            }
            view.tasks().stream().filter(task -> task.id() == row.getId()).findFirst().ifPresent(task -> {
                row.setAxis(task.axis());
                row.setTitle(task.title());
                row.setCoefficient(DecimalInput.format(task.coefficient(), locale));
                row.setPlannedQuantity(DecimalInput.format(task.plannedQuantity(), locale));
            });
        }
    }

    /** Scores the sheet as typed, or lists why it cannot be scored. */
    private void panel(SelfAssessmentView view, EvaluationSchemeView scheme, SelfAssessmentForm form,
                       BindingResult errors, Model model, Locale locale) {
        SelfAssessmentContent content = new FormReader(view, errors).content(form);
        if (errors.hasErrors()) {
            model.addAttribute("problems", List.of(messages.getMessage("assessment.result.fixCells", null, locale)));
            return;
        }
        SelfAssessmentService.Preview preview = service.preview(view.id(), content);
        if (!preview.violations().isEmpty()) {
            reject(errors, preview.violations());
            model.addAttribute("problems", describe(preview.violations(), locale));
            return;
        }
        showScore(scheme, preview.liveScore(), model, locale);
    }

    private void showScore(EvaluationSchemeView scheme, LiveScore live, Model model, Locale locale) {
        if (live.scored()) {
            model.addAttribute("result", ScoreSheetResult.of(scheme, live.criteria(), live.score()));
            model.addAttribute("suggestion", RatingSuggestionView.of(live.suggestion(), ratingTexts, locale));
        } else {
            model.addAttribute("problems", live.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
        }
    }

    private List<String> describe(List<FieldViolation> violations, Locale locale) {
        return violations.stream()
                .map(v -> messages.getMessage(v.messageKey(), v.arguments().toArray(), locale)).toList();
    }

    /** Puts each refused value next to its input; a field the form has no input for shows above the sheet. */
    private static void reject(BindingResult errors, List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            try {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            } catch (RuntimeException noSuchInput) {
                errors.reject(violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }

    private EvaluationSchemeView schemeOf(SelfAssessmentView view) {
        return schemes.byCode(view.schemeCode()).orElseThrow();
    }

    private static BindingResult freshErrors(SelfAssessmentForm form, Model model) {
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return errors;
    }

    /**
     * The posted sheet as content for the service: numbers read as typed in either language; a value that is not a
     * number is marked on its input here, everything else (negative, not allowed, changed plan values) is judged by
     * the service. A plan's rows send only what the cadre reports.
     */
    private static final class FormReader {

        private final SelfAssessmentView view;
        private final BindingResult errors;

        FormReader(SelfAssessmentView view, BindingResult errors) {
            this.view = view;
            this.errors = errors;
        }

        SelfAssessmentContent content(SelfAssessmentForm form) {
            Map<String, Boolean> met = new LinkedHashMap<>();
            if (form.getCriteria() != null) {
                form.getCriteria().stream().filter(c -> c != null && c.getCode() != null)
                        .forEach(c -> met.put(c.getCode(), c.isMet()));
            }
            Map<Integer, BigDecimal> weights = null;
            if (view.listsTasksDirectly() && form.getAxisMaxPoints() != null) {
                weights = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> axis : form.getAxisMaxPoints().entrySet()) {
                    weights.put(axis.getKey(), number(axis.getValue(), "axisMaxPoints[" + axis.getKey() + "]"));
                }
            }
            List<SelfAssessmentContent.TaskEntry> tasks = new ArrayList<>();
            List<SelfTaskForm> rows = form.getTasks() == null ? List.of() : form.getTasks();
            for (int i = 0; i < rows.size(); i++) {
                SelfTaskForm row = rows.get(i) == null ? new SelfTaskForm() : rows.get(i);
                String path = "tasks[" + i + "].";
                boolean direct = view.listsTasksDirectly();
                tasks.add(new SelfAssessmentContent.TaskEntry(row.getId(), direct ? row.getAxis() : null,
                        direct ? row.getTitle() : null,
                        direct ? number(row.getCoefficient(), path + "coefficient") : null,
                        direct ? number(row.getPlannedQuantity(), path + "plannedQuantity") : null,
                        number(row.getDoneQuantity(), path + "doneQuantity"),
                        number(row.getQuality(), path + "quality"), number(row.getTimeliness(), path + "timeliness"),
                        number(row.getLeadership(), path + "leadership"), row.getEvidence()));
            }
            return new SelfAssessmentContent(met, weights, tasks, form.getProposedLevel(), form.getSelfComment());
        }

        private BigDecimal number(String text, String field) {
            if (DecimalInput.isBlank(text)) {
                return null;
            }
            if (DecimalInput.isNegative(text)) {
                return DecimalInput.parse(text.strip().substring(1)).map(BigDecimal::negate).orElse(null);
            }
            Optional<BigDecimal> value = DecimalInput.parse(text);
            if (value.isEmpty()) {
                errors.rejectValue(field, ScoreSheetReader.NOT_A_NUMBER);
                return null;
            }
            return value.get();
        }
    }
}
