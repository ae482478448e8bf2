package vn.danhgia.platform.web;

import java.security.Principal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danhgia.platform.security.AccountPrincipal;

/** The home page greets the person by their name, not their user name. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal account, Principal signedIn, Model model) {
        model.addAttribute("greetedName", account != null ? account.getDisplayName() : signedIn.getName());
        return "home";
    }
}
