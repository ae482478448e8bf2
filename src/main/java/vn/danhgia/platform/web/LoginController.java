package vn.danhgia.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the login page; Spring Security itself processes the POST to {@code /login} and {@code /logout}. */
@Controller
class LoginController {

    /** The longest wait (the throttle's window); the parameter comes from the URL, so it is only ever shown clamped. */
    private static final int MAX_LOCK_MINUTES = 60;

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMinutes", minutes(locked));
        }
        return "login";
    }

    private static int minutes(String value) {
        try {
            return Math.min(MAX_LOCK_MINUTES, Math.max(1, Integer.parseInt(value.strip())));
        } catch (NumberFormatException notANumber) {
            return MAX_LOCK_MINUTES;
        }
    }
}
