package vn.danhgia.council.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.council.CouncilChoices;
import vn.danhgia.council.CouncilMemberInput;
import vn.danhgia.council.CouncilRole;
import vn.danhgia.council.CouncilService;
import vn.danhgia.council.CouncilView;
import vn.danhgia.council.VoteSessionStatus;
import vn.danhgia.council.VoteSessionView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The councils the signed-in person sees, the form that sets up a council (lập hội đồng: unit, quarter, members and
 * their roles) and the printable minutes (biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng, seed 000 §III.5
 * (2)) of a vote session with its ballot, its attendance and the confirmation step before closing. Access and rules
 * are checked by {@link CouncilService}; the form only offers the units the
 * person may set a council up for and the cadres who may sit on one of their councils, named with their first post so
 * namesakes can be told apart.
 */
@Controller
@RequestMapping("/review/councils")
class CouncilController {


    static final String FORM = "review/council-new";

    private final CouncilService service;
    private final CurrentActor currentActor;
    private final DefaultPeriod defaultPeriod;

    CouncilController(CouncilService service, CurrentActor currentActor, DefaultPeriod defaultPeriod) {
        this.service = service;
        this.currentActor = currentActor;
        this.defaultPeriod = defaultPeriod;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("councils", service.visible());
        model.addAttribute("canConfigure", service.maySetUp());
        return "review/councils";
    }

    @GetMapping("/new")
    String newCouncil(Model model) {
        Quarter current = defaultPeriod.forReader();
        return formPage(model, CouncilForm.blank(current.year(), current.number()));
    }

    /** Sets the council up and shows it, or shows the form again with the refusal (400 wrong input, 409 exists). */
    @PostMapping
    String configure(@ModelAttribute("councilForm") CouncilForm form, BindingResult errors,
                     @RequestParam(required = false) String moreRows, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        if (moreRows != null) {
            form.addRows();
            return formPage(model, form);
        }
        List<FieldViolation> violations = new ArrayList<>();
        Long unit = form.unit();
        Integer year = form.yearNumber();
        Integer quarter = form.quarterNumber();
        if (unit == null) {
            violations.add(FieldViolation.of("unitId", "review.council.periodRequired"));
        }
        if (year == null) {
            violations.add(FieldViolation.of("year", blank(form.getYear()) ? "review.council.periodRequired"
                    : "review.council.yearInvalid"));
        }
        if (quarter == null) {
            violations.add(FieldViolation.of("quarter", blank(form.getQuarter()) ? "review.council.periodRequired"
                    : "review.council.quarterInvalid"));
        }
        List<CouncilMemberInput> members = form.memberInputs(violations);
        try {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            CouncilView council = service.configure(unit, year, quarter, members);
            redirect.addFlashAttribute("flashSuccess", "review.council.flash.configured");
            return "redirect:/review/councils/" + council.id();
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (RuleRefusedException refused) {
            errors.reject(refused.messageKey(), refused.arguments().toArray(), null);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return formPage(model, form);
    }

    @GetMapping("/{id}")
    String council(@PathVariable long id, Model model) {
        model.addAttribute("council", service.get(id));
        return "review/council";
    }

    @GetMapping("/sessions/{id}/minutes")
    String minutes(@PathVariable long id, Model model) {
        VoteSessionView session = service.session(id);
        model.addAttribute("minutes", session);
        model.addAttribute("levels", RatingLevel.values());
        // The minutes are signed by the secretary (left) and the chair (right), as minutes are.
        model.addAttribute("signingRoles", List.of(CouncilRole.SECRETARY, CouncilRole.CHAIR));
        var self = currentActor.get().cadreId();
        model.addAttribute("canVote", session.status() == VoteSessionStatus.OPEN && self.isPresent()
                && session.present().stream().anyMatch(m -> m.cadreId() == self.get()));
        model.addAttribute("self", self.orElse(-1L));
        model.addAttribute("day", session.closedAt() != null ? session.closedAt() : session.openedAt());
        return "review/minutes";
    }

    @PostMapping("/{id}/sessions")
    String open(@PathVariable long id, @RequestParam long version) {
        return "redirect:/review/councils/sessions/" + service.open(id, version).id() + "/minutes";
    }

    @PostMapping("/sessions/{id}/votes")
    String vote(@PathVariable long id, @RequestParam long subject, @RequestParam(required = false) String level,
                RedirectAttributes redirect) {
        RatingLevel chosen = null;
        for (RatingLevel candidate : RatingLevel.values()) {
            if (candidate.name().equals(level)) {
                chosen = candidate;
            }
        }
        try {
            service.vote(id, subject, chosen);
            redirect.addFlashAttribute("flashSuccess", "review.council.flash.voted");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        }
        return "redirect:/review/councils/sessions/" + id + "/minutes";
    }

    /** The chair or the secretary records who is present; the members not ticked are absent. */
    @PostMapping("/sessions/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam long version,
                      @RequestParam(name = "present", required = false) List<Long> present,
                      RedirectAttributes redirect) {
        service.recordAttendance(id, version, present == null ? Set.of() : new HashSet<>(present));
        redirect.addFlashAttribute("flashSuccess", "review.council.flash.attendanceRecorded");
        return "redirect:/review/councils/sessions/" + id + "/minutes";
    }

    /**
     * The confirmation step before closing (issue 12): says what closing does (the tally counted on the members
     * recorded present becomes final, no vote can be cast or changed, a secret ballot's tally is shown) and asks again.
     */
    @GetMapping("/sessions/{id}/close")
    String confirmClose(@PathVariable long id, Model model) {
        VoteSessionView session = service.session(id);
        if (session.status() != VoteSessionStatus.OPEN) {
            return "redirect:/review/councils/sessions/" + id + "/minutes";
        }
        if (!session.mayClose()) {
            throw new AccessRefusedException("review.council.notConductor");
        }
        model.addAttribute("minutes", session);
        return "review/council-close";
    }

    /** Closes only once confirmed; a close without the confirmation changes nothing and asks for it. */
    @PostMapping("/sessions/{id}/close")
    String close(@PathVariable long id, @RequestParam long version,
                 @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:/review/councils/sessions/" + id + "/close";
        }
        service.close(id, version);
        redirect.addFlashAttribute("flashSuccess", "review.council.flash.closed");
        return "redirect:/review/councils/sessions/" + id + "/minutes";
    }

    private String formPage(Model model, CouncilForm form) {
        CouncilChoices choices = service.choices();
        if (choices.units().isEmpty()) {
            throw new AccessRefusedException("review.council.notManager");
        }
        form.fillUpRows();
        model.addAttribute("councilForm", form);
        model.addAttribute("units", choices.units());
        model.addAttribute("cadres", choices.cadres().stream()
                .map(post -> new CadreChoice(post.cadreId().value(), post.fullName() + " (" + post.cadreCode()
                        + ") — " + post.positionTitle() + ", " + post.unitName()))
                .toList());
        model.addAttribute("roles", CouncilRole.values());
        return FORM;
    }

    /** A cadre offered as a council member. */
    record CadreChoice(long id, String label) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void reject(Errors errors, InvalidInputException invalid) {
        for (FieldViolation violation : invalid.violations()) {
            if (!errors.hasFieldErrors(violation.field())) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }
}
