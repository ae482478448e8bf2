package vn.danhgia.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.review.VoteSessionStatus;

/** A sitting of the council in which its members vote (OPEN → CLOSED); votes are only taken while it is open. */
@Entity
@Table(name = "vote_session")
class VoteSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "council_id", nullable = false, updatable = false)
    private long councilId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteSessionStatus status;

    protected VoteSession() {
    }

    VoteSession(long councilId, Instant openedAt) {
        this.councilId = councilId;
        this.openedAt = openedAt;
        this.status = VoteSessionStatus.OPEN;
    }

    void requireOpen() {
        if (status != VoteSessionStatus.OPEN) {
            throw new RuleRefusedException("review.council.sessionClosed");
        }
    }

    void close(Instant at) {
        requireOpen();
        status = VoteSessionStatus.CLOSED;
        closedAt = at;
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    long councilId() {
        return councilId;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    VoteSessionStatus status() {
        return status;
    }
}
