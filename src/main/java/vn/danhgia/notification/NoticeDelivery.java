package vn.danhgia.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers one notice to one person: stored in the app once (the dedup key keeps a repeated event or run from telling
 * twice), then e-mailed when the person has an address. Reminders, step notices and review notices all go this way.
 * Inside a transaction (a step's notices) the e-mail waits until it commits: the mail server is never asked while the
 * step's rows are locked, and a step rolled back sends nothing.
 */
@Component
class NoticeDelivery {

    /**
     * What became of a notice: not stored (told before), stored only, stored and e-mailed (or the mail failed), or
     * stored with its e-mail to leave when the transaction commits.
     */
    enum Outcome { ALREADY_TOLD, STORED, MAILED, MAIL_FAILED, MAIL_AFTER_COMMIT }

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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.send(email, key, arguments, link);
                }
            });
            return Outcome.MAIL_AFTER_COMMIT;
        }
        return mail.send(email, key, arguments, link) ? Outcome.MAILED : Outcome.MAIL_FAILED;
    }
}
