package vn.danhgia.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.danhgia.notification.Notifications;

/** The signed-in person's notifications, newest first; marking as read posts and redirects back (post-redirect-get). */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    static final String VIEW = "notification/list";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return VIEW;
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
