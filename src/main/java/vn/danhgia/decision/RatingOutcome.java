package vn.danhgia.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * The end of every rating's life, written once for the quarterly and the yearly rating that embed it (issue 13 §1):
 * the authority's decided level, the announcement (thông báo, seed 002 §4 Bước 6), after which the level no longer
 * changes, and the cancellation after an upheld complaint (hủy bỏ, seed 000 §II.2), after which a replacement rates
 * the subject again. The status stays in
 * the rating (its earlier transitions differ by period); each transition here takes it and returns the next one,
 * refusing with the status named when it does not apply.
 */
@Embeddable
public class RatingOutcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_level")
    private RatingLevel decidedLevel;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "announced_by")
    private String announcedBy;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /**
     * The authority's decision; the rating checks first that its state allows one
     * ({@link RatingStatus#isOpenToDecision()}) and refuses in its own words.
     */
    public RatingStatus decide(RatingLevel level, String by, Instant at) {
        this.decidedLevel = Objects.requireNonNull(level, "level");
        this.decidedBy = by;
        this.decidedAt = at;
        return RatingStatus.DECIDED;
    }

    /** A decision taken back before the announcement (a provisional yearly level reopened, seed 004 §VII.1). */
    public void withdrawDecision() {
        this.decidedLevel = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    /** Only a decided rating is announced. */
    public RatingStatus announce(RatingStatus current, String by, Instant at) {
        if (current != RatingStatus.DECIDED) {
            throw new RuleRefusedException("review.rating.refusal.notDecided", label(current));
        }
        this.announcedBy = by;
        this.announcedAt = at;
        return RatingStatus.ANNOUNCED;
    }

    /** Only an announced rating is cancelled, with the complaint's reason. */
    public RatingStatus cancel(RatingStatus current, String reason, String by, Instant at) {
        if (current != RatingStatus.ANNOUNCED) {
            throw new RuleRefusedException("review.rating.refusal.notAnnounced", label(current));
        }
        this.cancelReason = Objects.requireNonNull(reason, "reason");
        this.cancelledBy = by;
        this.cancelledAt = at;
        return RatingStatus.CANCELLED;
    }

    private static DefaultMessageSourceResolvable label(RatingStatus status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    public RatingLevel decidedLevel() {
        return decidedLevel;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String announcedBy() {
        return announcedBy;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
