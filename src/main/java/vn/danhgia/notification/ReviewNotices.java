package vn.danhgia.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.review.ComplaintAnswered;
import vn.danhgia.review.RatingsAnnounced;

/**
 * Tells each rated cadre that their quarter's result was announced (seed 002 §4 Bước 6: "thông báo công khai kết quả
 * đánh giá, xếp loại"), pointing to their own results where a complaint can be filed, and later how their complaint
 * was answered. Runs in the announcing or answering transaction, so a notice exists exactly when what it tells does.
 */
@Component
class ReviewNotices {

    static final String MESSAGE_KEY = "notification.ratingAnnounced";
    static final String LINK = "/review/results";
    static final String ANSWERED_KEY = "notification.complaintAnswered.";

    private final JdbcClient jdbc;
    private final ReminderSql notifications;
    private final Clock clock;

    ReviewNotices(JdbcClient jdbc, ReminderSql notifications, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    private record Recipient(long accountId, String name) {
    }

    @EventListener
    void on(RatingsAnnounced announced) {
        for (RatingsAnnounced.Announced rating : announced.ratings()) {
            for (Recipient recipient : accountsOf(rating.cadreId())) {
                String arguments = String.join(DeadlineReminders.ARGUMENT_SEPARATOR,
                        List.of(announced.quarter().toString(), announced.unitName(), recipient.name()));
                notifications.storeOnce(recipient.accountId(), clock.instant(), MESSAGE_KEY, arguments, LINK,
                        "RATING_ANNOUNCED:rating %d:account %d".formatted(rating.ratingId(), recipient.accountId()));
            }
        }
    }

    @EventListener
    void on(ComplaintAnswered answered) {
        for (Recipient recipient : accountsOf(answered.cadreId())) {
            String arguments = String.join(DeadlineReminders.ARGUMENT_SEPARATOR,
                    List.of(String.valueOf(answered.complaintId()), answered.quarter().toString(), recipient.name()));
            notifications.storeOnce(recipient.accountId(), clock.instant(),
                    ANSWERED_KEY + (answered.upheld() ? "upheld" : "rejected"), arguments,
                    "/review/complaints/" + answered.complaintId(),
                    "COMPLAINT_ANSWERED:complaint %d:account %d".formatted(answered.complaintId(),
                            recipient.accountId()));
        }
    }

    private List<Recipient> accountsOf(long cadreId) {
        return jdbc.sql("""
                        select a.id, c.full_name from user_account a join org_cadre c on c.id = a.cadre_id
                        where a.cadre_id = :cadre""")
                .param("cadre", cadreId)
                .query((rs, row) -> new Recipient(rs.getLong(1), rs.getString(2))).list();
    }
}
