package vn.danhgia.annual.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danhgia.decision.RatingOutcome;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * A subject's yearly rating (xếp loại chất lượng cuối năm): a guarded state machine GATHERED → PROPOSED → DECIDED →
 * ANNOUNCED → LOCKED, ANNOUNCED → CANCELLED after an upheld complaint. A locked or cancelled rating never changes. The
 * announcement and the cancellation are the {@link RatingOutcome} the quarterly rating shares.
 */
@Entity
@Table(name = "yearly_rating")
class YearlyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_kind", nullable = false, updatable = false)
    private String subjectKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private YearlyTrack track;

    @Column(name = "cadre_id", updatable = false)
    private Long cadreId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "rating_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "live_key")
    private String liveKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RatingStatus status;

    @Column(name = "heads_unit", nullable = false)
    private boolean headsUnit;

    @Column(name = "cap_exempt", nullable = false)
    private boolean capExempt;

    @Column(name = "peer_group")
    private String peerGroup;

    @Column(name = "quarter_levels")
    private String quarterLevels;

    @Column(nullable = false)
    private boolean disciplined;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_level")
    private RatingLevel suggestedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private RatingLevel proposedLevel;

    @Column(name = "proposal_source")
    private String proposalSource;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposal_comment")
    private String proposalComment;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "cap_reason")
    private String capReason;

    @Column(nullable = false)
    private boolean provisional;

    @Enumerated(EnumType.STRING)
    @Column(name = "resting_on_level")
    private RatingLevel restingOnLevel;

    @Embedded
    private RatingOutcome outcome = new RatingOutcome();

    @Column(name = "locked_by")
    private String lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "replaces_id")
    private Long replacesId;

    protected YearlyRating() {
    }

    private YearlyRating(YearlyTrack track, Long cadreId, long unitId, int year) {
        this.track = track;
        this.subjectKind = track == YearlyTrack.COLLECTIVE ? "COLLECTIVE" : "CADRE";
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.year = year;
        this.liveKey = liveKey(track, cadreId, unitId);
        this.status = RatingStatus.GATHERED;
    }

    static YearlyRating ofCadre(YearlyTrack track, long cadreId, long unitId, int year, boolean headsUnit,
                                boolean capExempt, String peerGroup) {
        YearlyRating rating = new YearlyRating(track, cadreId, unitId, year);
        rating.headsUnit = headsUnit;
        rating.capExempt = capExempt;
        rating.peerGroup = peerGroup;
        return rating;
    }

    static YearlyRating ofCollective(long unitId, int year) {
        return new YearlyRating(YearlyTrack.COLLECTIVE, null, unitId, year);
    }

    /** A new rating of the same subject after an upheld complaint cancelled this one. */
    YearlyRating replacement() {
        YearlyRating next = new YearlyRating(track, cadreId, unitId, year);
        next.headsUnit = headsUnit;
        next.capExempt = capExempt;
        next.peerGroup = peerGroup;
        next.quarterLevels = quarterLevels;
        next.disciplined = disciplined;
        next.suggestedLevel = suggestedLevel;
        next.replacesId = id;
        return next;
    }

    static String liveKey(YearlyTrack track, Long cadreId, long unitId) {
        return track == YearlyTrack.COLLECTIVE ? "U" + unitId : "C" + cadreId + ":" + track.name();
    }

    void gathered(String quarterLevels, boolean disciplined, RatingLevel suggestedLevel) {
        requireOpen();
        this.quarterLevels = quarterLevels;
        this.disciplined = disciplined;
        this.suggestedLevel = suggestedLevel;
    }

    void propose(RatingLevel level, String source, String by, String comment, Instant at) {
        requireOpen();
        if (status == RatingStatus.DECIDED) {
            throw new RuleRefusedException("annual.rating.refusal.alreadyDecided");
        }
        this.proposedLevel = level;
        this.proposalSource = source;
        this.proposedBy = by;
        this.proposalComment = comment;
        this.proposedAt = at;
        this.status = RatingStatus.PROPOSED;
    }

    void decide(RatingLevel level, String by, String reason, String capReason, RatingLevel restingOn, Instant at) {
        requireOpen();
        this.decisionReason = reason;
        this.capReason = capReason;
        this.provisional = restingOn != null;
        this.restingOnLevel = restingOn;
        this.status = outcome().decide(level, by, at);
    }

    /** The workplace's rating was decided: a provisional party level is confirmed, or reopened when it differs. */
    boolean settleProvisional(RatingLevel workplaceLevel) {
        if (!provisional || status != RatingStatus.DECIDED) {
            return false;
        }
        provisional = false;
        if (workplaceLevel != restingOnLevel) {
            outcome().withdrawDecision();
            status = proposedLevel == null ? RatingStatus.GATHERED : RatingStatus.PROPOSED;
            return true;
        }
        return false;
    }

    void announce(String by, Instant at) {
        if (provisional) {
            throw new RuleRefusedException("annual.rating.refusal.provisional");
        }
        this.status = outcome().announce(status, by, at);
    }

    void lock(String by, Instant at) {
        if (status != RatingStatus.ANNOUNCED) {
            throw new RuleRefusedException("annual.rating.refusal.notAnnounced");
        }
        this.lockedBy = by;
        this.lockedAt = at;
        this.status = RatingStatus.LOCKED;
    }

    void cancel(String by, String reason, Instant at) {
        this.status = outcome().cancel(status, reason, by, at);
        this.liveKey = null;
    }

    /** Hibernate leaves an embedded value null while all its columns are (a rating not yet announced). */
    private RatingOutcome outcome() {
        if (outcome == null) {
            outcome = new RatingOutcome();
        }
        return outcome;
    }

    private void requireOpen() {
        if (status == RatingStatus.ANNOUNCED || status == RatingStatus.LOCKED
                || status == RatingStatus.CANCELLED) {
            throw new RuleRefusedException("annual.rating.refusal.readOnly", status.name());
        }
    }

    Long id() { return id; }
    long version() { return version; }
    YearlyTrack track() { return track; }
    Long cadreId() { return cadreId; }
    long unitId() { return unitId; }
    int year() { return year; }
    RatingStatus status() { return status; }
    boolean headsUnit() { return headsUnit; }
    boolean capExempt() { return capExempt; }
    String peerGroup() { return peerGroup; }
    String quarterLevels() { return quarterLevels; }
    boolean disciplined() { return disciplined; }
    RatingLevel suggestedLevel() { return suggestedLevel; }
    RatingLevel proposedLevel() { return proposedLevel; }
    String proposalSource() { return proposalSource; }
    String proposedBy() { return proposedBy; }
    RatingLevel decidedLevel() { return outcome().decidedLevel(); }
    String decidedBy() { return outcome().decidedBy(); }
    Instant decidedAt() { return outcome().decidedAt(); }
    String decisionReason() { return decisionReason; }
    String capReason() { return capReason; }
    boolean provisional() { return provisional; }
    RatingLevel restingOnLevel() { return restingOnLevel; }
    Instant announcedAt() { return outcome().announcedAt(); }
    Instant lockedAt() { return lockedAt; }
    String cancelReason() { return outcome().cancelReason(); }
}
