package vn.danhgia.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the login page; Spring Security itself processes the POST to {@code /login} and {@code /logout}. */
@Controller
class LoginController {

    /** The longest wait (the sign-in throttle's window); the parameter comes from the URL, so it is shown clamped. */
    private final int maxWaitMinutes;

    LoginController(@Value("${danhgia.login.window:15m}") Duration window) {
        this.maxWaitMinutes = (int) Math.max(1, window.toMinutes());
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMinutes", minutes(locked));
        }
        return "login";
    }

    private int minutes(String value) {
        try {
            return Math.min(maxWaitMinutes, Math.max(1, Integer.parseInt(value.strip())));
        } catch (NumberFormatException notANumber) {
            return maxWaitMinutes;
        }
    }
}
