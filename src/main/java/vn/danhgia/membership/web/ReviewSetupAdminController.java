package vn.danhgia.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.membership.AuthorityChange;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.SubjectChange;
import vn.danhgia.membership.SubjectKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * The review subjects and annual authorities for administrators (issue 13 §2): what unit kinds cannot say (Thường
 * trực HĐND, UBND, Ban Thường trực MTTQ, a mass organisation's Ban Thường vụ, the chi bộ tổ dân phố flag) and who
 * rates, proposes for or assesses whom each year. Each page lists the rows and edits one; refusals are shown beside
 * the field, a change from an older version above the form (409).
 */
@Controller
class ReviewSetupAdminController {

    private static final String SUBJECT_FORM = "subjectForm";
    private static final String AUTHORITY_FORM = "authorityForm";
    private static final List<String> SCOPES = List.of("POSITION", "COLLECTIVE", "EVERYONE_UNDER");

    private final MembershipAdministration administration;
    private final OrganizationQueries organization;

    ReviewSetupAdminController(MembershipAdministration administration, OrganizationQueries organization) {
        this.administration = administration;
        this.organization = organization;
    }

    @GetMapping("/admin/review-subjects")
    String subjects(@RequestParam(required = false) Long edit, Model model) {
        ReviewSubjectForm form = edit == null ? new ReviewSubjectForm() : administration.subjectRows().stream()
                .filter(row -> row.id() == edit).findFirst().map(ReviewSubjectForm::of)
                .orElseGet(ReviewSubjectForm::new);
        model.addAttribute(SUBJECT_FORM, form);
        return subjectsPage(model);
    }

    @PostMapping("/admin/review-subjects")
    String saveSubject(@ModelAttribute(SUBJECT_FORM) ReviewSubjectForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        SubjectKind kind = Arrays.stream(SubjectKind.values()).filter(value -> value.name().equals(form.getKind()))
                .findFirst().orElse(null);
        try {
            administration.saveSubject(form.getId(), form.getVersion(), new SubjectChange(
                    form.getUnit() == null ? null : new UnitId(form.getUnit()), kind, form.isResidential()));
            redirect.addFlashAttribute("flashSuccess", "membership.setup.saved");
            return "redirect:/admin/review-subjects";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            reject(invalid.violations(), errors, Map.of());
        } catch (OptimisticLockingFailureException concurrent) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("membership.setup.changed-meanwhile");
        }
        return subjectsPage(model);
    }

    @GetMapping("/admin/annual-authorities")
    String authorities(@RequestParam(required = false) Long edit, Model model) {
        AnnualAuthorityForm form = edit == null ? new AnnualAuthorityForm() : administration.authorityRows()
                .stream().filter(row -> row.id() == edit).findFirst().map(AnnualAuthorityForm::of)
                .orElseGet(AnnualAuthorityForm::new);
        model.addAttribute(AUTHORITY_FORM, form);
        return authoritiesPage(model);
    }

    @PostMapping("/admin/annual-authorities")
    String saveAuthority(@ModelAttribute(AUTHORITY_FORM) AnnualAuthorityForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String subjectField = "POSITION".equals(form.getScope()) ? "positionCode" : "subjectUnit";
        AuthorityKind kind = Arrays.stream(AuthorityKind.values())
                .filter(value -> value.name().equals(form.getKind())).findFirst().orElse(null);
        try {
            administration.saveAuthority(form.getId(), form.getVersion(), new AuthorityChange(subject(form), kind,
                    unit(form.getAuthority()), unit(form.getRecipient()), form.getValidFrom(), form.getValidTo(),
                    form.getBasis()));
            redirect.addFlashAttribute("flashSuccess", "membership.setup.saved");
            return "redirect:/admin/annual-authorities";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            boolean unknownPosition = "POSITION".equals(form.getScope()) && form.getPositionCode() != null
                    && !form.getPositionCode().isBlank();
            if (unknownPosition) {
                errors.rejectValue("positionCode", "membership.error.unknown-subject");
            }
            reject(invalid.violations().stream()
                    .filter(violation -> !unknownPosition || !violation.field().equals("subject")).toList(),
                    errors, Map.of("subject", subjectField));
        } catch (OptimisticLockingFailureException concurrent) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("membership.setup.changed-meanwhile");
        }
        return authoritiesPage(model);
    }

    /** The row's subject from the form, or null when it names none or an unknown position (refused beside it). */
    private AuthoritySubject subject(AnnualAuthorityForm form) {
        if ("POSITION".equals(form.getScope())) {
            String code = form.getPositionCode() == null ? "" : form.getPositionCode().strip();
            return organization.positionByCode(code).map(PositionView::id).map(AuthoritySubject::position)
                    .orElse(null);
        }
        if (form.getSubjectUnit() == null) {
            return null;
        }
        UnitId unit = new UnitId(form.getSubjectUnit());
        return "COLLECTIVE".equals(form.getScope()) ? AuthoritySubject.collective(unit)
                : "EVERYONE_UNDER".equals(form.getScope()) ? AuthoritySubject.everyoneUnder(unit) : null;
    }

    private static UnitId unit(Long id) {
        return id == null ? null : new UnitId(id);
    }

    /** Each refusal beside its field ({@code renamed} maps the service's field names to the form's). */
    private static void reject(List<FieldViolation> violations, BindingResult errors, Map<String, String> renamed) {
        for (FieldViolation violation : violations) {
            errors.rejectValue(renamed.getOrDefault(violation.field(), violation.field()), violation.messageKey(),
                    violation.arguments().toArray(), null);
        }
    }

    private String subjectsPage(Model model) {
        model.addAttribute("rows", administration.subjectRows());
        model.addAttribute("units", units());
        model.addAttribute("kinds", List.of(SubjectKind.values()));
        return "membership/review-subjects";
    }

    private String authoritiesPage(Model model) {
        model.addAttribute("rows", administration.authorityRows());
        model.addAttribute("units", units());
        model.addAttribute("kinds", List.of(AuthorityKind.values()));
        model.addAttribute("scopes", SCOPES);
        return "membership/annual-authorities";
    }

    private List<UnitView> units() {
        return organization.units().stream().sorted(Comparator.comparing(UnitView::name)).toList();
    }
}
