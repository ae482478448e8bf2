package vn.danhgia.emulation.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.emulation.EmulationReviewStatus;
import vn.danhgia.emulation.NominationOutcome;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.ReviewMinutes;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A unit's review meeting of a year (họp bình xét, seed 003 §IV): OPEN while it nominates, votes and writes its
 * minutes, CLOSED and read-only after. Each transition checks the state and refuses with a reason, changing nothing.
 */
@Entity
@Table(name = "emulation_review")
class EmulationReview {

    static final String RECORD_TYPE = "EMULATION_REVIEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmulationReviewStatus status;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "council_members")
    private Integer councilMembers;

    private String chair;

    private String secretary;

    private String minutes;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<EmulationNomination> nominations = new ArrayList<>();

    protected EmulationReview() {
    }

    EmulationReview(long unitId, int year, String openedBy, Instant openedAt) {
        this.unitId = unitId;
        this.year = year;
        this.status = EmulationReviewStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    EmulationNomination nominate(Nominee nominee, EmulationTitle title) {
        requireOpen();
        if (nominations.stream().anyMatch(nomination -> nomination.is(nominee, title))) {
            throw new RuleRefusedException("emulation.review.refusal.alreadyNominated");
        }
        EmulationNomination nomination = new EmulationNomination(nominee, title);
        nominations.add(nomination);
        return nomination;
    }

    /** The council's vote on a nomination; the council's size must be in the minutes first. */
    void recordVote(EmulationNomination nomination, int votesFor, int votesAgainst, boolean passes) {
        requireOpen();
        nomination.recordVote(votesFor, votesAgainst, passes);
    }

    /** The minutes; the council's size is fixed once a vote counts against it. */
    void recordMinutes(ReviewMinutes written) {
        requireOpen();
        boolean voted = nominations.stream().anyMatch(EmulationNomination::voted);
        if (voted && !java.util.Objects.equals(councilMembers, written.councilMembers())) {
            throw new RuleRefusedException("emulation.review.refusal.councilFixed", councilMembers);
        }
        this.heldOn = written.heldOn();
        this.councilMembers = written.councilMembers();
        this.chair = written.chair();
        this.secretary = written.secretary();
        this.minutes = written.text();
    }

    /** Closes the meeting once its minutes name the day, the council, the chair and the secretary and all is voted. */
    void close(String by, Instant at) {
        requireOpen();
        if (heldOn == null || councilMembers == null || chair == null || secretary == null) {
            throw new RuleRefusedException("emulation.review.refusal.minutesIncomplete");
        }
        long pending = nominations.stream().filter(nomination -> nomination.outcome() == NominationOutcome.PENDING)
                .count();
        if (pending > 0) {
            throw new RuleRefusedException("emulation.review.refusal.pendingNominations", pending);
        }
        this.status = EmulationReviewStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    EmulationNomination nomination(long nominationId) {
        return nominations.stream().filter(nomination -> nomination.id() == nominationId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("EMULATION_NOMINATION", nominationId));
    }

    long chosen(EmulationTitle title) {
        return nominations.stream().filter(nomination -> nomination.chosenAs(title)).count();
    }

    private void requireOpen() {
        if (status != EmulationReviewStatus.OPEN) {
            throw new RuleRefusedException("emulation.review.refusal.closed");
        }
    }

    State state() {
        return new State(unitId, year, status, heldOn, councilMembers, chair, secretary, minutes);
    }

    /** The review as the audit trail records it before and after a change. */
    record State(long unitId, int year, EmulationReviewStatus status, LocalDate heldOn, Integer councilMembers,
                 String chair, String secretary, String minutes) {
    }

    Long id() { return id; }
    long version() { return version; }
    long unitId() { return unitId; }
    int year() { return year; }
    EmulationReviewStatus status() { return status; }
    ReviewMinutes minutes() { return new ReviewMinutes(heldOn, councilMembers, chair, secretary, minutes); }
    Optional<Integer> councilMembers() { return Optional.ofNullable(councilMembers); }
    String openedBy() { return openedBy; }
    Instant openedAt() { return openedAt; }
    String closedBy() { return closedBy; }
    Instant closedAt() { return closedAt; }
    List<EmulationNomination> nominations() { return List.copyOf(nominations); }
}
