package vn.danhgia.organization.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.organization.ManagementScopeId;
import vn.danhgia.organization.OrganizationAdministration;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.Versioned;

/**
 * A position's management scopes (diện quản lý, seed 002 §2.2) for administrators: who evaluates and who decides,
 * a new scope (one unit or several acting jointly) and the end of one.
 */
@Controller
class ScopeAdminController {

    private static final String FORM = "scopeForm";
    private static final String END_FORM = "endForm";

    private final OrganizationAdministration organization;

    ScopeAdminController(OrganizationAdministration organization) {
        this.organization = organization;
    }

    @GetMapping("/admin/organization/positions/{id}/scopes")
    String scopes(@PathVariable long id, Model model) {
        model.addAttribute(FORM, new ScopeForm());
        return scopesView(model, id);
    }

    @PostMapping("/admin/organization/positions/{id}/scopes")
    String assign(@PathVariable long id, @ModelAttribute(FORM) ScopeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return scopesView(model, id);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.assignScope(new PositionId(id), form.getRole(), form.authorityUnits(),
                    form.getValidFrom(), UnitForm.trimmed(form.getBasis()));
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/positions/" + id + "/scopes";
        }).orElseGet(() -> scopesView(model, id));
    }

    @GetMapping("/admin/organization/scopes/{id}/end")
    String endForm(@PathVariable long id, Model model) {
        Versioned<ScopeView> scope = organization.scope(new ManagementScopeId(id));
        model.addAttribute(END_FORM, EndForm.of(scope.version()));
        return endView(model, scope.value());
    }

    @PostMapping("/admin/organization/scopes/{id}/end")
    String end(@PathVariable long id, @ModelAttribute(END_FORM) EndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        ScopeView scope = organization.scope(new ManagementScopeId(id)).value();
        if (errors.hasErrors()) {
            return endView(model, scope);
        }
        return FormRefusals.attempt(errors, () -> {
            organization.endScope(new ManagementScopeId(id), form.getVersion(), form.getEnd());
            redirect.addFlashAttribute("flashSuccess", "organization.admin.saved");
            return "redirect:/admin/organization/positions/" + scope.position().value() + "/scopes";
        }).orElseGet(() -> endView(model, scope));
    }

    private String scopesView(Model model, long positionId) {
        model.addAttribute("position", organization.position(new PositionId(positionId)).value());
        model.addAttribute("scopes", organization.scopes(new PositionId(positionId)));
        model.addAttribute("roles", ScopeRole.values());
        var units = UnitTree.of(organization.units());
        model.addAttribute("units", units);
        model.addAttribute("unitNames", units.stream()
                .collect(Collectors.toMap(row -> row.unit().id().value(), row -> row.unit().name())));
        return "organization/scopes";
    }

    private String endView(Model model, ScopeView scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("position", organization.position(scope.position()).value());
        return "organization/scope-end";
    }
}
