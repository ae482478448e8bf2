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
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;
import vn.danhgia.annual.FactSource;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.decision.RatingOutcome;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.SubjectTrack;
import vn.danhgia.rules.quarterly.TaskConditions;

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

    @OptimisticLock(excluded = true)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_track")
    private SubjectTrack subjectTrack;

    @Column(precision = 5, scale = 2)
    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(name = "points_source")
    private FactSource pointsSource;

    @Column(name = "tasks_assigned")
    private Integer tasksAssigned;

    @Column(name = "tasks_done")
    private Integer tasksDone;

    @Column(name = "tasks_beyond")
    private Integer tasksBeyond;

    @Column(name = "tasks_late")
    private Integer tasksLate;

    @Column(name = "tasks_rework")
    private Integer tasksRework;

    @Enumerated(EnumType.STRING)
    @Column(name = "tasks_source")
    private FactSource tasksSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline")
    private DisciplineForm discipline;

    @Column(nullable = false)
    private boolean degradation;

    @Enumerated(EnumType.STRING)
    @Column(name = "corruption")
    private CorruptionExemption corruption;

    // Read from other ratings whenever they change: no edit of this one, so its version (what a person read) stays.
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "headed_level")
    private RatingLevel headedLevel;

    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_level")
    private RatingLevel cadreLevel;

    @OptimisticLock(excluded = true)
    @Column(name = "cadre_level_provisional", nullable = false)
    private boolean cadreLevelProvisional;

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
        next.subjectTrack = subjectTrack;
        next.points = points;
        next.pointsSource = pointsSource;
        next.setTasks(tasks(), tasksSource);
        next.discipline = discipline;
        next.degradation = degradation;
        next.corruption = corruption;
        next.headedLevel = headedLevel;
        next.cadreLevel = cadreLevel;
        next.cadreLevelProvisional = cadreLevelProvisional;
        next.replacesId = id;
        return next;
    }

    static String liveKey(YearlyTrack track, Long cadreId, long unitId) {
        return track == YearlyTrack.COLLECTIVE ? "U" + unitId : "C" + cadreId + ":" + track.name();
    }

    /** The facts read from the stored quarters, self-review and self-assessments; entered facts are kept. */
    void gathered(SubjectTrack subjectTrack, String quarterLevels, BigDecimal points, FactSource pointsSource,
                  TaskConditions tasks) {
        requireOpen();
        this.subjectTrack = subjectTrack;
        this.quarterLevels = quarterLevels;
        if (this.pointsSource != FactSource.ENTERED) {
            this.points = points;
            this.pointsSource = points == null ? null : pointsSource;
        }
        if (this.tasksSource != FactSource.ENTERED) {
            setTasks(tasks, tasks == null ? null : FactSource.QUARTERS);
        }
    }

    /**
     * The facts the proposer or personnel office entered: points and tasks (null: back to the gathered ones at the
     * next gathering), discipline, degradation and corruption, for which no other source exists.
     */
    void entered(BigDecimal points, TaskConditions tasks, DisciplineForm discipline, boolean degradation,
                 CorruptionExemption corruption) {
        requireOpen();
        if (points != null || pointsSource == FactSource.ENTERED) {
            this.points = points;
            this.pointsSource = points == null ? null : FactSource.ENTERED;
        }
        if (tasks != null || tasksSource == FactSource.ENTERED) {
            setTasks(tasks, tasks == null ? null : FactSource.ENTERED);
        }
        this.discipline = discipline;
        this.disciplined = discipline != null;
        this.degradation = degradation;
        this.corruption = corruption;
    }

    /** The levels of other ratings this one rests on: the headed collective's, and the cadre level of a party rating. */
    void related(RatingLevel headedLevel, RatingLevel cadreLevel, boolean cadreLevelProvisional) {
        this.headedLevel = headedLevel;
        this.cadreLevel = cadreLevel;
        this.cadreLevelProvisional = cadreLevel != null && cadreLevelProvisional;
    }

    /** The engine's level for the facts as stored; kept as they were once announced. */
    void suggested(RatingLevel level) {
        if (open()) {
            this.suggestedLevel = level;
        }
    }

    boolean open() {
        return status != RatingStatus.ANNOUNCED && status != RatingStatus.LOCKED
                && status != RatingStatus.CANCELLED;
    }

    private void setTasks(TaskConditions tasks, FactSource source) {
        this.tasksAssigned = tasks == null ? null : tasks.assigned();
        this.tasksDone = tasks == null ? null : tasks.done();
        this.tasksBeyond = tasks == null ? null : tasks.beyond();
        this.tasksLate = tasks == null ? null : tasks.late();
        this.tasksRework = tasks == null ? null : tasks.needingRework();
        this.tasksSource = source;
    }

    TaskConditions tasks() {
        return tasksAssigned == null ? null
                : new TaskConditions(tasksAssigned, tasksDone, tasksBeyond, tasksLate, tasksRework);
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
        if (!status.isOpenToDecision()) {
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
    SubjectTrack subjectTrack() { return subjectTrack; }
    BigDecimal points() { return points; }
    FactSource pointsSource() { return pointsSource; }
    FactSource tasksSource() { return tasksSource; }
    DisciplineForm discipline() { return discipline; }
    boolean degradation() { return degradation; }
    CorruptionExemption corruption() { return corruption; }
    RatingLevel headedLevel() { return headedLevel; }
    RatingLevel cadreLevel() { return cadreLevel; }
    boolean cadreLevelProvisional() { return cadreLevelProvisional; }
}
