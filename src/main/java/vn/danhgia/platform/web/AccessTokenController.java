package vn.danhgia.platform.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.accounts.PersonalAccessTokens;
import vn.danhgia.platform.accounts.UserAdministration;

/**
 * Personal access tokens for the JSON API: each person creates, lists and revokes their own
 * ({@code /account/tokens}); an administrator lists and revokes an account's ({@code /admin/users/{id}/tokens}). A new
 * token travels to the next page as a flash attribute, so it is shown once and never put in a URL.
 */
@Controller
class AccessTokenController {

    private static final String VIEW = "platform/tokens";

    private final PersonalAccessTokens tokens;
    private final UserAdministration users;
    private final Clock clock;

    AccessTokenController(PersonalAccessTokens tokens, UserAdministration users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String mine(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("now", clock.instant());
        model.addAttribute("maxDays", PersonalAccessTokens.MAX_VALID_DAYS);
        model.addAttribute("validDays", PersonalAccessTokens.DEFAULT_VALID_DAYS);
        return VIEW;
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validDays,
                 Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issuedToken", tokens.issue(name, validDays));
            redirect.addFlashAttribute("flashSuccess", "platform.tokens.created");
            return "redirect:/account/tokens";
        } catch (InvalidInputException invalid) {
            model.addAttribute("violations", invalid.violations());
            model.addAttribute("name", name);
            String page = mine(model);
            model.addAttribute("validDays", validDays);
            return page;
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeMine(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flashSuccess", "platform.tokens.revoked");
        return "redirect:/account/tokens";
    }

    @GetMapping("/admin/users/{accountId}/tokens")
    String ofAccount(@PathVariable long accountId, Model model) {
        model.addAttribute("account", users.account(accountId));
        model.addAttribute("tokens", tokens.ofAccount(accountId));
        model.addAttribute("now", clock.instant());
        return VIEW;
    }

    @PostMapping("/admin/users/{accountId}/tokens/{id}/revoke")
    String revokeOfAccount(@PathVariable long accountId, @PathVariable long id, RedirectAttributes redirect) {
        users.checkMayAdminister();
        tokens.revoke(id);
        redirect.addFlashAttribute("flashSuccess", "platform.tokens.revoked");
        return "redirect:/admin/users/" + accountId + "/tokens";
    }
}
