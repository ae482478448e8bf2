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
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;

/**
 * The administrators' unit pages: the tree of units, a new unit, a unit's code, name, kind and parent. Refusals of
 * the organisation's rules and a concurrent change are shown on the form; nothing is saved then.
 */
@Controller
@RequestMapping("/admin/organization/units")
class UnitAdminController {

    private static final String FORM = "unitForm";
    private static final String FORM_VIEW = "organization/unit-form";

    private final OrganizationAdministration organization;

    UnitAdminController(OrganizationAdministration organization) {
        this.organization = organization;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", UnitTree.of(organization.units()));
        return "organization/units";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        organization.checkMayAdminister();
        model.addAttribute(FORM, new UnitForm());
        return formView(model, null);
    }

    @PostMapping
    String create(@ModelAttribute(FORM) UnitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        return FormRefusals.attempt(errors, () -> {
            UnitId created = organization.createUnit(form.toUnit());
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/units/" + created.value();
        }).orElseGet(() -> formView(model, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, UnitForm.of(organization.unit(new UnitId(id))));
        return formView(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM) UnitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, id);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.changeUnit(new UnitId(id), form.getVersion(), form.toUnit());
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/units/" + id;
        }).orElseGet(() -> formView(model, id));
    }

    private String formView(Model model, Long id) {
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("parents", UnitTree.of(organization.units()));
        return FORM_VIEW;
    }
}
