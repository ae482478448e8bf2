package vn.danhgia.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.organization.OrganizationAdministration;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;

/**
 * The administrators' position pages: the positions by unit, a new position, a position's unit, title, rank, track and
 * leadership flag. Refusals and a concurrent change are shown on the form; nothing is saved then.
 */
@Controller
@RequestMapping("/admin/organization/positions")
class PositionAdminController {

    private static final String FORM = "positionForm";
    private static final String FORM_VIEW = "organization/position-form";

    private final OrganizationAdministration organization;

    PositionAdminController(OrganizationAdministration organization) {
        this.organization = organization;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("positions", organization.positions());
        return "organization/positions";
    }

    @GetMapping("/new")
    String newPosition(Model model) {
        organization.checkMayAdminister();
        model.addAttribute(FORM, new PositionForm());
        return formView(model, null);
    }

    @PostMapping
    String create(@ModelAttribute(FORM) PositionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        return FormRefusals.attempt(errors, () -> {
            PositionId created = organization.createPosition(form.toPosition());
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/positions/" + created.value();
        }).orElseGet(() -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, PositionForm.of(organization.position(new PositionId(id))));
        return formView(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM) PositionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, id);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.changePosition(new PositionId(id), form.getVersion(), form.toPosition());
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/positions/" + id;
        }).orElseGet(() -> formView(model, id));
    }

    private String formView(Model model, Long id) {
        model.addAttribute("positionId", id);
        model.addAttribute("ranks", PositionRank.values());
        model.addAttribute("tracks", PositionTrack.values());
        model.addAttribute("units", UnitTree.of(organization.units()));
        return FORM_VIEW;
    }
}
