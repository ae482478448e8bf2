package vn.danhgia.platform.web;

import java.security.Principal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danhgia.platform.TodoList;
import vn.danhgia.platform.security.AccountPrincipal;

/**
 * The home page greets the person by their name, not their user name, and lists their open work (Việc cần làm,
 * issue 12), each item linking to the page where it is done.
 */
@Controller
class HomeController {

    private final TodoList todo;

    HomeController(TodoList todo) {
        this.todo = todo;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal account, Principal signedIn, Model model) {
        model.addAttribute("greetedName", account != null ? account.getDisplayName() : signedIn.getName());
        model.addAttribute("todo", todo.mine());
        model.addAttribute("today", todo.today());
        return "home";
    }
}
