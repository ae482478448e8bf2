package vn.danhgia.notification;

import java.time.Instant;
import java.util.List;

/**
 * An in-app notification (thông báo) as its reader sees it: a message key of the bundles with its arguments, so the
 * page shows it in the reader's language, and the page it points to.
 */
public record NotificationView(long id, Instant createdAt, String messageKey, List<String> arguments, String link,
                               Instant readAt) {

    public NotificationView {
        arguments = List.copyOf(arguments);
    }

    public boolean read() {
        return readAt != null;
    }
}
