package vn.danhgia.membership.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.SubjectsAccess;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Đảng tịch for administrators: a cadre's party cell (chi bộ nơi sinh hoạt), admission and official dates, exemption
 * and suspension (seed 004 §II.1). A change based on an older version is refused above the form.
 */
@Controller
class MembershipAdminController {

    private static final String FORM = "membershipForm";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SubjectsAccess access;
    private final ReviewSubjects subjects;
    private final OrganizationQueries organization;

    MembershipAdminController(SubjectsAccess access, ReviewSubjects subjects, OrganizationQueries organization) {
        this.access = access;
        this.subjects = subjects;
        this.organization = organization;
    }

    @GetMapping("/admin/membership")
    String form(@RequestParam(required = false) String cadre, Model model) {
        if (cadre == null || cadre.isBlank()) {
            return view(model, null, cadre);
        }
        CadreView found = organization.cadreByCode(cadre.strip()).orElse(null);
        if (found != null) {
            model.addAttribute(FORM, subjects.membership(found.id()).map(MembershipForm::of)
                    .orElseGet(MembershipForm::new));
        }
        return view(model, found, cadre);
    }

    @PostMapping("/admin/membership")
    String save(@RequestParam String cadre, @ModelAttribute(FORM) MembershipForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        CadreView found = organization.cadreByCode(cadre.strip()).orElse(null);
        if (found == null || errors.hasErrors()) {
            return view(model, found, cadre);
        }
        try {
            access.recordMembership(found.id(), new MembershipChange(form.getCell() == null ? null
                    : new UnitId(form.getCell()), form.getAdmittedOn(), form.getOfficialOn(), form.getExemptSince(),
                    form.getSuspendedSince()), form.getVersion());
            redirect.addFlashAttribute("flashSuccess", "membership.admin.saved");
            redirect.addAttribute("cadre", found.code());
            return "redirect:/admin/membership";
        } catch (InvalidInputException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                Object[] arguments = violation.arguments().stream()
                        .map(value -> value instanceof LocalDate date ? DAY.format(date) : value).toArray();
                if (Arrays.asList("cell", "admittedOn", "officialOn", "exemptSince", "suspendedSince")
                        .contains(violation.field())) {
                    errors.rejectValue(violation.field(), violation.messageKey(), arguments, null);
                } else {
                    errors.reject(violation.messageKey(), arguments, null);
                }
            }
        } catch (OptimisticLockingFailureException concurrent) {
            errors.reject("membership.admin.changed-meanwhile");
        }
        return view(model, found, cadre);
    }

    private String view(Model model, CadreView cadre, String code) {
        model.addAttribute("cadreCode", code);
        model.addAttribute("cadre", cadre);
        model.addAttribute("cells", organization.units().stream()
                .filter(unit -> unit.kind() == UnitKind.PARTY_CELL).toList());
        return "membership/admin";
    }
}
