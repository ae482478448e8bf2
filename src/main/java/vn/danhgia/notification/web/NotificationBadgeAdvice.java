package vn.danhgia.notification.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danhgia.notification.Notifications;

/**
 * Gives every page the unread count for the badge in the menu. The count is read only when the layout shows it (not
 * for fragments or the API), and pages tested without the notification module simply show no badge.
 */
@ControllerAdvice
class NotificationBadgeAdvice {

    private final ObjectProvider<Notifications> notifications;

    NotificationBadgeAdvice(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    /** The signed-in person's unread notifications, counted when asked. */
    public static final class Badge {

        private final ObjectProvider<Notifications> notifications;

        Badge(ObjectProvider<Notifications> notifications) {
            this.notifications = notifications;
        }

        public long unread() {
            Notifications available = notifications.getIfAvailable();
            return available == null ? 0 : available.unreadCount();
        }
    }

    @ModelAttribute("notificationBadge")
    Badge notificationBadge() {
        return new Badge(notifications);
    }
}
