package vn.danhgia.organization.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danhgia.organization.AppointmentId;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationAdministration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.Versioned;
import vn.danhgia.platform.RecordNotFoundException;

/**
 * A cadre's appointments for administrators: the history, a new post, the end of a post, and a change of post
 * (transfer, promotion, restructuring) that ends the current post and starts the new one in one step. Such a change
 * during a quarter is what seed 002 §7 a), b) and c) treat as a special case; the review reads it from the history.
 */
@Controller
@RequestMapping("/admin/organization/appointments")
class AppointmentAdminController {

    private static final String FORM = "appointmentForm";
    private static final String END_FORM = "endForm";
    private static final String SAVED = "organization.admin.saved";

    private final OrganizationAdministration organization;
    private final OrganizationQueries queries;

    AppointmentAdminController(OrganizationAdministration organization, OrganizationQueries queries) {
        this.organization = organization;
        this.queries = queries;
    }

    @GetMapping
    String history(@RequestParam(defaultValue = "") String cadre, Model model) {
        organization.checkMayAdminister();
        model.addAttribute("cadreCode", cadre);
        Optional<CadreView> found = cadre.isBlank() ? Optional.empty() : queries.cadreByCode(cadre.strip());
        found.ifPresent(view -> {
            model.addAttribute("cadre", view);
            model.addAttribute("appointments", organization.appointments(view.id()));
        });
        model.addAttribute("cadreUnknown", !cadre.isBlank() && found.isEmpty());
        return "organization/appointments";
    }

    @GetMapping("/new")
    String newAppointment(@RequestParam String cadre, Model model) {
        model.addAttribute(FORM, new AppointmentForm());
        return formView(model, cadreOf(cadre), null);
    }

    @PostMapping
    String appoint(@RequestParam String cadre, @ModelAttribute(FORM) AppointmentForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CadreView appointed = cadreOf(cadre);
        if (errors.hasErrors()) {
            return formView(model, appointed, null);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.appoint(appointed.id(), form.positionId(), form.getStart(), form.getKind());
            return saved(redirect, appointed);
        }).orElseGet(() -> formView(model, appointed, null));
    }

    @GetMapping("/{id}/change")
    String changeForm(@PathVariable long id, Model model) {
        Versioned<AppointmentView> current = organization.appointment(new AppointmentId(id));
        AppointmentForm form = new AppointmentForm();
        form.setVersion(current.version());
        form.setKind(AppointmentKind.TRANSFER);
        model.addAttribute(FORM, form);
        return formView(model, cadreOf(current.value()), current.value());
    }

    @PostMapping("/{id}/change")
    String changePost(@PathVariable long id, @ModelAttribute(FORM) AppointmentForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        AppointmentView current = organization.appointment(new AppointmentId(id)).value();
        CadreView cadre = cadreOf(current);
        if (errors.hasErrors()) {
            return formView(model, cadre, current);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.changePost(new AppointmentId(id), form.getVersion(), form.positionId(), form.getStart(),
                    form.getKind());
            return saved(redirect, cadre);
        }).orElseGet(() -> formView(model, cadre, current));
    }

    @GetMapping("/{id}/end")
    String endForm(@PathVariable long id, Model model) {
        Versioned<AppointmentView> current = organization.appointment(new AppointmentId(id));
        model.addAttribute(END_FORM, EndForm.of(current.version()));
        return endView(model, current.value());
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable long id, @ModelAttribute(END_FORM) EndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        AppointmentView current = organization.appointment(new AppointmentId(id)).value();
        if (errors.hasErrors()) {
            return endView(model, current);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.endAppointment(new AppointmentId(id), form.getVersion(), form.getEnd());
            return saved(redirect, cadreOf(current));
        }).orElseGet(() -> endView(model, current));
    }

    private String formView(Model model, CadreView cadre, AppointmentView current) {
        model.addAttribute("cadre", cadre);
        model.addAttribute("current", current);
        model.addAttribute("positions", organization.positions());
        model.addAttribute("kinds", current == null ? AppointmentKind.values()
                : new AppointmentKind[] {AppointmentKind.TRANSFER, AppointmentKind.PROMOTION,
                        AppointmentKind.RESTRUCTURING});
        return "organization/appointment-form";
    }

    private String endView(Model model, AppointmentView current) {
        model.addAttribute("cadre", cadreOf(current));
        model.addAttribute("current", current);
        return "organization/appointment-end";
    }

    private static String saved(RedirectAttributes redirect, CadreView cadre) {
        redirect.addFlashAttribute("flashSuccess", SAVED);
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/organization/appointments")
                .queryParam("cadre", cadre.code()).encode().toUriString();
    }

    private CadreView cadreOf(String code) {
        return queries.cadreByCode(code).orElseThrow(() -> new RecordNotFoundException("ORG_CADRE", code));
    }

    private CadreView cadreOf(AppointmentView appointment) {
        return queries.cadre(appointment.cadre())
                .orElseThrow(() -> new RecordNotFoundException("ORG_CADRE", appointment.cadre().value()));
    }
}
