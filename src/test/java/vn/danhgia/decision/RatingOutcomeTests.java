package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * The announcement (seed 002 §4 Bước 6) and the cancellation after an upheld complaint (seed 000 §II.2), written once
 * for the quarterly and the yearly rating (issue 13 §1).
 */
class RatingOutcomeTests {

    static final Instant ANNOUNCED = Instant.parse("2043-12-14T02:00:00Z");
    static final Instant CANCELLED = Instant.parse("2043-12-20T02:00:00Z");

    @Test
    void aDecidedRatingIsAnnouncedThenCancelledWithTheComplaintsReason() {
        RatingOutcome outcome = new RatingOutcome();
        RatingStatus announced = outcome.announce(RatingStatus.DECIDED, "thamquyen", ANNOUNCED);
        assertThat(announced).isEqualTo(RatingStatus.ANNOUNCED);
        assertThat(outcome.announcedBy()).isEqualTo("thamquyen");
        assertThat(outcome.announcedAt()).isEqualTo(ANNOUNCED);
        assertThat(outcome.cancel(announced, "Khiếu nại số 7 được chấp nhận", "kiemtra", CANCELLED))
                .isEqualTo(RatingStatus.CANCELLED);
        assertThat(outcome.cancelReason()).isEqualTo("Khiếu nại số 7 được chấp nhận");
        assertThat(outcome.cancelledBy()).isEqualTo("kiemtra");
        assertThat(outcome.cancelledAt()).isEqualTo(CANCELLED);
    }

    @Test
    void aDecisionIsRecordedAndMayBeWithdrawnBeforeTheAnnouncement() {
        RatingOutcome outcome = new RatingOutcome();
        assertThat(outcome.decide(RatingLevel.GOOD, "thamquyen", ANNOUNCED)).isEqualTo(RatingStatus.DECIDED);
        assertThat(outcome.decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(outcome.decidedBy()).isEqualTo("thamquyen");
        // Seed 004 §VII.1: a provisional party level reopened when the workplace decides otherwise.
        outcome.withdrawDecision();
        assertThat(outcome.decidedLevel()).isNull();
        assertThat(outcome.decidedAt()).isNull();
    }

    @Test
    void onlyADecidedRatingIsAnnouncedAndTheRefusalNamesItsStatus() {
        for (RatingStatus status : RatingStatus.values()) {
            if (status == RatingStatus.DECIDED) {
                continue;
            }
            assertThatThrownBy(() -> new RatingOutcome().announce(status, "thamquyen", ANNOUNCED))
                    .isInstanceOfSatisfying(RuleRefusedException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("review.rating.refusal.notDecided");
                        assertThat(((MessageSourceResolvable) refused.arguments().get(0)).getCodes())
                                .containsExactly(status.messageKey());
                    });
        }
    }

    @Test
    void onlyAnAnnouncedRatingIsCancelled() {
        for (RatingStatus status : RatingStatus.values()) {
            if (status == RatingStatus.ANNOUNCED) {
                continue;
            }
            RatingOutcome outcome = new RatingOutcome();
            assertThatThrownBy(() -> outcome.cancel(status, "Khiếu nại", "kiemtra", CANCELLED))
                    .isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("review.rating.refusal.notAnnounced"));
            assertThat(outcome.cancelReason()).isNull();
        }
    }

    @Test
    void theDecidedStatusesAreDecidedAnnouncedAndLocked() {
        assertThat(RatingStatus.values()).filteredOn(RatingStatus::isDecided)
                .containsExactly(RatingStatus.DECIDED, RatingStatus.ANNOUNCED, RatingStatus.LOCKED);
    }
}
