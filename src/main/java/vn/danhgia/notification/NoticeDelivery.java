package vn.danhgia.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Delivers one notice to one person: stored in the app once (the dedup key keeps a repeated event or run from telling
 * twice), then e-mailed when the person has an address. Reminders, step notices and review notices all go this way.
 */
@Component
class NoticeDelivery {

    /** What became of a notice: not stored (told before), stored only, or stored and e-mailed (or the mail failed). */
    enum Outcome { ALREADY_TOLD, STORED, MAILED, MAIL_FAILED }

    private final ReminderSql notifications;
    private final NoticeMail mail;
    private final Clock clock;

    NoticeDelivery(ReminderSql notifications, NoticeMail mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    Outcome deliver(long accountId, String email, String key, List<String> arguments, String link, String dedupKey) {
        if (!notifications.storeOnce(accountId, clock.instant(), key,
                String.join(DeadlineReminders.ARGUMENT_SEPARATOR, arguments), link, dedupKey)) {
            return Outcome.ALREADY_TOLD;
        }
        if (email == null || email.isBlank()) {
            return Outcome.STORED;
        }
        return mail.send(email, key, arguments, link) ? Outcome.MAILED : Outcome.MAIL_FAILED;
    }
}
