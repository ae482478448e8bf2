package vn.danhgia.council.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.council.VoteSessionStatus;
import vn.danhgia.platform.RuleRefusedException;

/**
 * A sitting of the council in which its members vote (OPEN → CLOSED); votes are only taken while it is open. The
 * attendance (điểm danh) is recorded per member while it is open, and whether the tally is secret (bỏ phiếu kín) is
 * fixed when it opens.
 */
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

    @Column(name = "secret_ballot", nullable = false, updatable = false)
    private boolean secretBallot;

    /** Present (true) or absent (false) by member cadre id; a member not in the map is not recorded yet. */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // the decision board reads many councils at once
    @CollectionTable(name = "vote_session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "cadre_id")
    @Column(name = "present", nullable = false)
    private Map<Long, Boolean> attendance = new TreeMap<>();

    protected VoteSession() {
    }

    VoteSession(long councilId, Instant openedAt, boolean secretBallot) {
        this.councilId = councilId;
        this.openedAt = openedAt;
        this.status = VoteSessionStatus.OPEN;
        this.secretBallot = secretBallot;
    }

    void requireOpen() {
        if (status != VoteSessionStatus.OPEN) {
            throw new RuleRefusedException("review.council.sessionClosed");
        }
    }

    /** Replaces the attendance; only while the session is open, since the closed minutes count on it. */
    void recordAttendance(Map<Long, Boolean> presentByMember) {
        requireOpen();
        attendance.clear();
        attendance.putAll(presentByMember);
    }

    Map<Long, Boolean> attendance() {
        return Map.copyOf(attendance);
    }

    int presentCount() {
        return (int) attendance.values().stream().filter(Boolean::booleanValue).count();
    }

    boolean secretBallot() {
        return secretBallot;
    }

    /** The running tally is withheld from everyone while a secret ballot is open. */
    boolean tallyHidden() {
        return secretBallot && status == VoteSessionStatus.OPEN;
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
