package vn.danhgia.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.danhgia.appraisal.SelfAssessmentAppraised;
import vn.danhgia.assessment.SelfAssessmentReturned;
import vn.danhgia.assessment.SelfAssessmentSubmitted;
import vn.danhgia.council.CouncilVoteClosed;
import vn.danhgia.decision.RatingDecided;
import vn.danhgia.notification.ReminderSql.Recipient;
import vn.danhgia.planning.PlanApproved;
import vn.danhgia.planning.PlanReturned;
import vn.danhgia.planning.PlanSubmitted;
import vn.danhgia.scheme.Quarter;

/**
 * Tells the people concerned of every step of the quarter (issue 12: "a notification at every step"), in the app and
 * by e-mail when an SMTP server is configured. The notice is stored in the step's own transaction, just before it
 * commits, so it exists exactly when the step does, and the e-mail leaves once the step is committed (a step refused
 * or rolled back tells nobody). A transaction of its own would hold a second pooled connection while the step's is
 * still held: on a deadline morning the submissions then waited on each other until the pool gave up (issue 15):
 * <ul>
 *   <li>plan submitted → the unit's head; plan approved or returned → the cadre (seed 002 §4 Bước 1);</li>
 *   <li>self-assessment submitted → the unit's head; returned → the cadre (Bước 2);</li>
 *   <li>appraisal completed → the cadre (Bước 3);</li>
 *   <li>council vote closed → the personnel office serving the unit, who prepares the decisions (seed 000 §III.4);</li>
 *   <li>rating decided → the personnel office, who announces it (Bước 4–6). The cadre learns the level when it is
 *       announced ({@link ReviewNotices}), not before.</li>
 * </ul>
 * Texts take the quarter, the other party's name and the reader's name; the e-mail adds the page's address.
 */
@Component
class StepNotices {

    static final String KEY = "notification.step.";
    static final int NOTE_IN_NOTICE = 500;

    private final StepRecipients recipients;
    private final NoticeDelivery delivery;
    private final Clock clock;

    StepNotices(StepRecipients recipients, NoticeDelivery delivery, Clock clock) {
        this.recipients = recipients;
        this.delivery = delivery;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanSubmitted submitted) {
        long cadre = submitted.cadre().value();
        tell(recipients.headsOf(cadre, today()), "PLAN_SUBMITTED", submitted.quarter(), recipients.nameOf(cadre),
                "/plans/" + submitted.planId(), "plan " + submitted.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanApproved approved) {
        tell(recipients.cadre(approved.cadre().value()), "PLAN_APPROVED", approved.quarter(), approved.decidedBy(),
                "/plans/" + approved.planId(), "plan " + approved.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanReturned returned) {
        tell(recipients.cadre(returned.cadre().value()), "PLAN_RETURNED", returned.quarter(), returned.decidedBy(),
                "/plans/" + returned.planId(), "plan " + returned.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SelfAssessmentSubmitted submitted) {
        long cadre = submitted.cadre().value();
        tell(recipients.headsOf(cadre, today()), "SELF_ASSESSMENT_SUBMITTED", submitted.quarter(),
                recipients.nameOf(cadre), "/assessment/self-assessments/" + submitted.selfAssessmentId(),
                "self-assessment " + submitted.selfAssessmentId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SelfAssessmentReturned returned) {
        long cadre = returned.cadre().value();
        tell(recipients.cadre(cadre), "SELF_ASSESSMENT_RETURNED", returned.quarter(), brief(returned.note()),
                "/assessment/self-assessments/" + returned.selfAssessmentId(),
                "self-assessment " + returned.selfAssessmentId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SelfAssessmentAppraised appraised) {
        tell(recipients.cadre(appraised.cadreId()), "APPRAISED", appraised.quarter(),
                recipients.nameOf(appraised.cadreId()), "/assessment/self-assessments",
                "appraisal " + appraised.appraisalId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CouncilVoteClosed closed) {
        tell(recipients.officersServing(closed.unitId(), today()), "VOTE_CLOSED", closed.quarter(),
                recipients.unitName(closed.unitId()), "/review/councils/" + closed.councilId(),
                "vote session " + closed.sessionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RatingDecided decided) {
        Quarter quarter = decided.quarter();
        tell(recipients.officersServing(decided.unitId(), today()), "RATING_DECIDED", quarter,
                recipients.nameOf(decided.cadreId()), "/review/announcements/%d/%d/%d".formatted(decided.unitId(),
                        quarter.year(), quarter.number()), "rating " + decided.ratingId());
    }

    /**
     * Stores one notice per reader and mails it to those with an address. The dedup key holds the moment, so a plan
     * submitted again after a return is told again, while one event is never told twice.
     */
    private void tell(List<Recipient> readers, String step, Quarter quarter, String other, String link,
                      String record) {
        String key = KEY + step;
        for (Recipient reader : readers) {
            List<String> arguments = List.of(quarter.toString(), other == null ? "" : other, reader.name());
            String dedup = "%s:%s:%s:account %d".formatted(step, record, clock.instant(), reader.accountId());
            delivery.deliver(reader.accountId(), reader.email(), key, arguments, link, dedup);
        }
    }

    /**
     * A return note may be as long as the sheet allows (2,000 characters) while a notice's arguments share one column
     * of that size: the notice carries its beginning, the record's page the whole note. Stored in the step's own
     * transaction, a notice too long for its column would refuse the return itself.
     */
    static String brief(String note) {
        return note == null || note.length() <= NOTE_IN_NOTICE ? note
                : note.substring(0, NOTE_IN_NOTICE - 1) + "…";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
