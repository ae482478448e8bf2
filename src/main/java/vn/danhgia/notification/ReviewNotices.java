package vn.danhgia.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.danhgia.annual.AnnouncedYearlyRating;
import vn.danhgia.annual.AnnouncedYearlyRatings;
import vn.danhgia.annual.YearlyRatingsAnnounced;
import vn.danhgia.publication.ComplaintAnswered;
import vn.danhgia.publication.RatingsAnnounced;

/**
 * Tells each rated cadre that their quarter's result was announced (seed 002 §4 Bước 6: "thông báo công khai kết quả
 * đánh giá, xếp loại"), pointing to their own results where a complaint can be filed, and later how their complaint
 * was answered, in the app and by e-mail when an SMTP server is configured. The yearly announcement (issue 13 §7) tells
 * each rated person their level on each track and the last day a complaint is in time, pointing to their yearly
 * history where the complaint is filed; a collective's rating tells nobody. The notices are stored in the announcement's
 * or the answer's own transaction, just before it commits, so a notice exists exactly when what it tells does, and
 * their e-mails leave once it is committed, so no mail tells of a step that was rolled back.
 */
@Component
class ReviewNotices {

    static final String MESSAGE_KEY = "notification.ratingAnnounced";
    static final String LINK = "/review/results";
    static final String ANSWERED_KEY = "notification.complaintAnswered.";
    /** Followed by the track and the level, e.g. {@code notification.yearlyRatingAnnounced.STATE.GOOD}. */
    static final String YEARLY_KEY = "notification.yearlyRatingAnnounced.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final NoticeDelivery delivery;
    private final AnnouncedYearlyRatings yearly;

    ReviewNotices(JdbcClient jdbc, NoticeDelivery delivery, AnnouncedYearlyRatings yearly) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.yearly = yearly;
    }

    private record Recipient(long accountId, String name, String email) {
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RatingsAnnounced announced) {
        for (RatingsAnnounced.Announced rating : announced.ratings()) {
            for (Recipient recipient : accountsOf(rating.cadreId())) {
                tell(recipient, MESSAGE_KEY, List.of(announced.quarter().toString(), announced.unitName(),
                        recipient.name()), LINK,
                        "RATING_ANNOUNCED:rating %d:account %d".formatted(rating.ratingId(), recipient.accountId()));
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintAnswered answered) {
        // The notice names a quarter; a yearly complaint's answer is read on the complaint's page.
        if (answered.period().quarter().isEmpty()) {
            return;
        }
        for (Recipient recipient : accountsOf(answered.cadreId())) {
            tell(recipient, ANSWERED_KEY + (answered.upheld() ? "upheld" : "rejected"),
                    List.of(String.valueOf(answered.complaintId()), answered.period().quarter().get().toString(), recipient.name()),
                    "/review/complaints/" + answered.complaintId(),
                    "COMPLAINT_ANSWERED:complaint %d:account %d".formatted(answered.complaintId(),
                            recipient.accountId()));
        }
    }

    /** Once per rating and account: announcing a replacement after an upheld complaint tells only its person again. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(YearlyRatingsAnnounced announced) {
        for (AnnouncedYearlyRating rating : yearly.of(announced)) {
            for (Recipient recipient : accountsOf(rating.cadreId())) {
                tell(recipient, YEARLY_KEY + rating.track().name() + "." + rating.level().name(),
                        List.of(String.valueOf(rating.year()), rating.lastComplaintDay().format(DAY),
                                recipient.name()),
                        "/annual/history/" + rating.cadreId(),
                        "YEARLY_RATING_ANNOUNCED:rating %d:account %d".formatted(rating.ratingId(),
                                recipient.accountId()));
            }
        }
    }

    private void tell(Recipient recipient, String key, List<String> arguments, String link, String dedup) {
        delivery.deliver(recipient.accountId(), recipient.email(), key, arguments, link, dedup);
    }

    private List<Recipient> accountsOf(long cadreId) {
        return jdbc.sql("""
                        select a.id, c.full_name, a.email from user_account a join org_cadre c on c.id = a.cadre_id
                        where a.cadre_id = :cadre""")
                .param("cadre", cadreId)
                .query((rs, row) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
