package vn.danhgia.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.planning.PlanSummary;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.BatchOutcome;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The work plan pages (Mẫu 01): the person's plans and those awaiting their approval, and one plan with its form.
 * Input errors and refused steps are shown on the plan page with what the person typed; nothing is stored then.
 */
@Controller
class PlanController {

    private final PlanningService planning;
    private final MessageSource messages;
    private final Clock clock;
    private final SchemeCatalog schemes;

    PlanController(PlanningService planning, MessageSource messages, Clock clock, SchemeCatalog schemes) {
        this.planning = planning;
        this.schemes = schemes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Model model) {
        Quarter current = Quarter.containing(LocalDate.now(clock));
        model.addAttribute("plans", planning.myPlans());
        model.addAttribute("waiting", planning.awaitingMyDecision());
        model.addAttribute("quarters", List.of(current, current.next(), current.next().next()));
        return "planning/plans";
    }

    @PostMapping("/plans")
    String open(@RequestParam String period) {
        Quarter quarter = Quarter.fromKey(period)
                .orElseThrow(() -> new RuleRefusedException("planning.refusal.bad-quarter", period));
        return "redirect:/plans/" + planning.open(quarter).id();
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        WorkPlanView plan = planning.get(id);
        PlanForm form = PlanForm.of(plan);
        if (plan.permissions().edit() && form.getTasks().isEmpty()) {
            form.getTasks().add(new TaskRow());
        }
        return page(plan, form, new PlanForm(), model);
    }

    @PostMapping(path = "/plans/{id}", params = "add")
    String addRow(@PathVariable long id, @ModelAttribute("form") PlanForm form, Model model) {
        form.getTasks().add(new TaskRow());
        return page(planning.get(id), form, new PlanForm(), model);
    }

    @PostMapping(path = "/plans/{id}", params = "remove")
    String removeRow(@PathVariable long id, @ModelAttribute("form") PlanForm form, @RequestParam int remove,
                     Model model) {
        if (remove >= 0 && remove < form.getTasks().size()) {
            form.getTasks().remove(remove);
        }
        return page(planning.get(id), form, new PlanForm(), model);
    }

    @PostMapping(path = "/plans/{id}", params = "save")
    ModelAndView save(@PathVariable long id, @ModelAttribute("form") PlanForm form, Model model,
                      RedirectAttributes redirect) {
        return attempt(id, form, model, redirect, "planning.flash.saved", () -> {
            PlanFormReader reader = new PlanFormReader();
            return planning.saveDraft(id, form.getVersion(), reader.draft(form));
        });
    }

    @PostMapping(path = "/plans/{id}", params = "submit")
    ModelAndView saveAndSubmit(@PathVariable long id, @ModelAttribute("form") PlanForm form, Model model,
                               RedirectAttributes redirect) {
        return attempt(id, form, model, redirect, "planning.flash.submitted", () -> {
            WorkPlanView saved = planning.saveDraft(id, form.getVersion(), new PlanFormReader().draft(form));
            return planning.submit(id, saved.version());
        });
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        planning.approve(id, version, note);
        redirect.addFlashAttribute("flashSuccess", "planning.flash.approved");
        return "redirect:/plans/" + id;
    }

    /**
     * Approves the plans ticked on the list in one action (issue 12): each goes through {@link
     * PlanningService#approve} with the version the list showed, so it is checked, versioned and audited on its own; a
     * refused plan changes nothing, the others are approved, and the page says which and why.
     */
    @PostMapping("/plans/approve")
    String approveSelected(@RequestParam(name = "plan", required = false) List<String> selected, Model model) {
        Map<Long, PlanSummary> listed = new HashMap<>();
        planning.awaitingMyDecision().forEach(plan -> listed.put(plan.id(), plan));
        List<String> items = selected == null ? List.of() : selected;
        List<BatchOutcome> outcomes = BatchOutcome.each(items, item -> label(item, listed), item -> {
            String[] idAndVersion = item.split(":", 2);
            try {
                planning.approve(Long.parseLong(idAndVersion[0]), Long.parseLong(idAndVersion[1]), null);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException malformed) {
                throw new RecordNotFoundException("WORK_PLAN", item);
            }
        });
        model.addAttribute("titleKey", "planning.batch.title");
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("back", "/plans");
        return "platform/batch-result";
    }

    /** The cadre and quarter of a ticked plan as the list named them; the raw value for one the list never showed. */
    private static String label(String item, Map<Long, PlanSummary> listed) {
        try {
            PlanSummary plan = listed.get(Long.parseLong(item.split(":", 2)[0]));
            return plan == null ? item : plan.cadreName() + " — " + plan.quarter();
        } catch (NumberFormatException malformed) {
            return item;
        }
    }

    @PostMapping("/plans/{id}/return")
    ModelAndView returnForRevision(@PathVariable long id, @RequestParam long version,
                                   @RequestParam(required = false) String note, Model model,
                                   RedirectAttributes redirect) {
        return attempt(id, null, model, redirect, "planning.flash.returned",
                () -> planning.returnForRevision(id, version, note));
    }

    @PostMapping(path = "/plans/{id}/amendments", params = "add")
    String addAmendmentRow(@PathVariable long id, @ModelAttribute("amendment") PlanForm amendment, Model model) {
        amendment.getTasks().add(new TaskRow());
        WorkPlanView plan = planning.get(id);
        return page(plan, PlanForm.of(plan), amendment, model);
    }

    @PostMapping(path = "/plans/{id}/amendments", params = "submit")
    ModelAndView proposeAmendment(@PathVariable long id, @ModelAttribute("amendment") PlanForm amendment,
                                  Model model, RedirectAttributes redirect) {
        model.addAttribute("amendment", amendment);
        return attempt(id, null, model, redirect, "planning.flash.amendment-submitted", () -> {
            PlanFormReader reader = new PlanFormReader();
            var tasks = reader.tasks(amendment);
            reader.throwIfInvalid();
            return planning.proposeAmendment(id, amendment.getVersion(), amendment.getReason(), tasks);
        });
    }

    @PostMapping("/plans/{id}/amendments/{amendmentId}/approve")
    String approveAmendment(@PathVariable long id, @PathVariable long amendmentId, @RequestParam long version,
                            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        planning.approveAmendment(id, amendmentId, version, note);
        redirect.addFlashAttribute("flashSuccess", "planning.flash.amendment-approved");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/amendments/{amendmentId}/return")
    ModelAndView returnAmendment(@PathVariable long id, @PathVariable long amendmentId, @RequestParam long version,
                                 @RequestParam(required = false) String note, Model model,
                                 RedirectAttributes redirect) {
        return attempt(id, null, model, redirect, "planning.flash.amendment-returned",
                () -> planning.returnAmendment(id, amendmentId, version, note));
    }

    /** Indexes beyond what the binder may grow a list to come only from forged requests. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Void> forgedPropertyPath() {
        return ResponseEntity.badRequest().build();
    }

    private ModelAndView attempt(long id, PlanForm form, Model model, RedirectAttributes redirect, String success,
                                 Supplier<WorkPlanView> change) {
        try {
            change.get();
            redirect.addFlashAttribute("flashSuccess", success);
            return new ModelAndView("redirect:/plans/" + id);
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", describe(invalid.violations()));
            return rerender(id, form, model, HttpStatus.BAD_REQUEST);
        } catch (RuleRefusedException refused) {
            model.addAttribute("refusal", message(refused.messageKey(), refused.arguments().toArray()));
            return rerender(id, form, model, HttpStatus.CONFLICT);
        } catch (OptimisticLockingFailureException conflict) {
            model.addAttribute("refusal", message("platform.concurrent-edit"));
            return rerender(id, form, model, HttpStatus.CONFLICT);
        }
    }

    private ModelAndView rerender(long id, PlanForm form, Model model, HttpStatus status) {
        WorkPlanView plan = planning.get(id);
        PlanForm shown = form == null ? PlanForm.of(plan) : form;
        PlanForm amendment = model.containsAttribute("amendment") ? (PlanForm) model.getAttribute("amendment")
                : new PlanForm();
        ModelAndView page = new ModelAndView(page(plan, shown, amendment, model), model.asMap());
        page.setStatus(status);
        return page;
    }

    private String page(WorkPlanView plan, PlanForm form, PlanForm amendment, Model model) {
        if (amendment.getTasks().isEmpty()) {
            amendment.getTasks().add(new TaskRow());
        }
        amendment.setVersion(plan.version());
        model.addAttribute("plan", plan);
        model.addAttribute("criteriaGroups", schemes.byCode(plan.schemeCode()).map(EvaluationSchemeView::criteriaGroups)
                .orElse(List.of()));
        model.addAttribute("form", form);
        model.addAttribute("amendment", amendment);
        model.addAttribute("catalogue", plan.permissions().edit() || plan.permissions().amend()
                ? planning.catalogueFor(plan.id()) : List.of());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "planning/plan";
    }

    private Map<String, String> describe(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(violation -> errors.merge(violation.field(),
                message(violation.messageKey(), violation.arguments().toArray()), (a, b) -> a + " " + b));
        return errors;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
