package vn.danhgia.platform.web;

import org.springframework.data.domain.PageRequest;
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
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.IssuedPassword;
import vn.danhgia.platform.accounts.UserAdministration;

/**
 * The administrators' account pages. A generated password travels to the next page as a flash attribute, so it is
 * shown once and never put in a URL. Refusals (not an administrator, a stale version) come from the service and are
 * shown by {@link RefusalPages}; invalid input is shown next to the fields.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 20;
    private static final String LIST = "platform/users";
    private static final String FORM_VIEW = "platform/user-form";
    private static final String FORM = "userForm";

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", users.search(q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return LIST;
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        users.checkMayAdminister();
        model.addAttribute(FORM, UserForm.blank());
        return formView(model, null);
    }

    @PostMapping
    String create(@ModelAttribute(FORM) UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        try {
            IssuedPassword issued = users.create(form.toNewAccount());
            redirect.addFlashAttribute("issuedPassword", issued);
            redirect.addFlashAttribute("flashSuccess", "platform.users.created");
            return "redirect:/admin/users/" + issued.accountId();
        } catch (InvalidInputException invalid) {
            reject(invalid, errors);
            return formView(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, UserForm.of(users.account(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM) UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formView(model, id);
        }
        try {
            users.update(id, form.toChanges());
            redirect.addFlashAttribute("flashSuccess", "platform.users.saved");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException invalid) {
            reject(invalid, errors);
            form.setUsername(users.account(id).username());
            return formView(model, id);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedPassword", users.resetPassword(id, version));
        redirect.addFlashAttribute("flashSuccess", "platform.users.password-reset");
        return "redirect:/admin/users/" + id;
    }

    private static String formView(Model model, Long id) {
        model.addAttribute("accountId", id);
        model.addAttribute("allRoles", Role.values());
        return FORM_VIEW;
    }

    private static void reject(InvalidInputException invalid, BindingResult errors) {
        for (FieldViolation violation : invalid.violations()) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
        }
    }
}
