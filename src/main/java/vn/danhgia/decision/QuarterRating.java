package vn.danhgia.decision;

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
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * A cadre's rating for a quarter (xếp loại chất lượng quý): a guarded state machine PROPOSED → DECIDED or
 * PROPOSED_UPWARD → DECIDED → ANNOUNCED, and ANNOUNCED → CANCELLED after an upheld complaint (seed 000 §II.2), after
 * which a new rating replaces it. An announced or cancelled rating never changes again. The announcement and the
 * cancellation are the {@link RatingOutcome} the yearly rating shares.
 */
@Entity
@Table(name = "quarter_rating")
public class QuarterRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "live_cadre_id")
    private Long liveCadreId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RatingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "head_proposed_level")
    private RatingLevel headProposedLevel;

    @Column(name = "head_proposed_by")
    private String headProposedBy;

    @Column(name = "head_proposed_at")
    private Instant headProposedAt;

    @Column(name = "head_comment")
    private String headComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_proposed_level")
    private RatingLevel selfProposedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "appraisal_level")
    private RatingLevel appraisalLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_level")
    private RatingLevel councilLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_level")
    private RatingLevel suggestedLevel;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "force_majeure_reason")
    private String forceMajeureReason;

    @Column(nullable = false)
    private boolean discrepancy;

    @Column(name = "quota_group")
    private String quotaGroup;

    @Column(name = "quota_rank")
    private Integer quotaRank;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Embedded
    private RatingOutcome outcome = new RatingOutcome();

    protected QuarterRating() {
    }

    /** A new rating of the cadre's quarter, proposed by the unit head. */
    public static QuarterRating proposed(long cadreId, long unitId, Quarter quarter, Long replacesId, RatingLevel level,
                                  String comment, String by, Instant at) {
        QuarterRating rating = new QuarterRating(cadreId, unitId, quarter, replacesId);
        rating.propose(level, comment, by, at);
        return rating;
    }

    /** A new rating with no proposal yet, for an authority deciding directly (e.g. the head's own rating). */
    public static QuarterRating open(long cadreId, long unitId, Quarter quarter, Long replacesId) {
        QuarterRating rating = new QuarterRating(cadreId, unitId, quarter, replacesId);
        rating.status = RatingStatus.PROPOSED;
        return rating;
    }

    private QuarterRating(long cadreId, long unitId, Quarter quarter, Long replacesId) {
        this.cadreId = cadreId;
        this.liveCadreId = cadreId;
        this.unitId = unitId;
        this.year = quarter.year();
        this.quarter = quarter.number();
        this.replacesId = replacesId;
    }

    /** What the authority had before it when deciding, copied in so the record keeps it. */
    public record Inputs(RatingLevel selfProposed, RatingLevel appraisal, RatingLevel council, RatingLevel suggested) {
    }

    /** The decision with its checks already passed by the caller (quota, collective, engine). */
    public record Decision(RatingLevel level, String comment, String forceMajeureReason, String quotaGroup,
                           Integer quotaRank) {

        public Decision {
            Objects.requireNonNull(level, "level");
        }
    }

    /** What is stored, for the audit trail. */
    public record Snapshot(RatingStatus status, RatingLevel headProposedLevel, String headComment,
                           RatingLevel decidedLevel, String decisionComment, String forceMajeureReason,
                           boolean discrepancy, String quotaGroup, Integer quotaRank, Inputs inputs,
                           String cancelReason) {
    }

    public Snapshot snapshot() {
        return new Snapshot(status, headProposedLevel, headComment, decidedLevel(), decisionComment,
                forceMajeureReason, discrepancy, quotaGroup, quotaRank, inputs(), cancelReason());
    }

    public void propose(RatingLevel level, String comment, String by, Instant at) {
        if (status != null && status != RatingStatus.PROPOSED) {
            throw new RuleRefusedException("review.rating.refusal.notProposable", statusLabel());
        }
        this.status = RatingStatus.PROPOSED;
        this.headProposedLevel = Objects.requireNonNull(level, "level");
        this.headComment = comment;
        this.headProposedBy = by;
        this.headProposedAt = at;
    }

    /**
     * Records the authority's decision. A decision below the head's proposal marks the discrepancy the head answers
     * for (seed 002 §6.2: "người đứng đầu phải chịu trách nhiệm về đề xuất đánh giá, xếp loại của mình").
     */
    public void decide(Decision decision, Inputs inputs, String by, Instant at) {
        if (!status.isOpenToDecision()) {
            throw new RuleRefusedException("review.rating.refusal.locked", statusLabel());
        }
        this.status = outcome().decide(decision.level(), by, at);
        this.decisionComment = decision.comment();
        this.forceMajeureReason = decision.forceMajeureReason();
        this.quotaGroup = decision.quotaGroup();
        this.quotaRank = decision.quotaRank();
        this.discrepancy = headProposedLevel != null && headProposedLevel.isAbove(decision.level());
        record(inputs);
    }

    /** Sends the head's proposal upwards to the higher authority that manages the cadre (seed 002 §4 Bước 5). */
    public void proposeUpward(Inputs inputs) {
        if (status != RatingStatus.PROPOSED || headProposedLevel == null) {
            throw new RuleRefusedException("review.rating.refusal.notProposable", statusLabel());
        }
        this.status = RatingStatus.PROPOSED_UPWARD;
        record(inputs);
    }

    /** Publishes the decided rating (seed 002 §4 Bước 6); from here it is locked. */
    public void announce(String by, Instant at) {
        this.status = outcome().announce(status, by, at);
    }

    /** Cancels an announced rating after an upheld complaint (seed 000 §II.2); the cadre is then rated again. */
    public void cancel(String reason, String by, Instant at) {
        this.status = outcome().cancel(status, reason, by, at);
        this.liveCadreId = null;
    }

    /** Hibernate leaves an embedded value null while all its columns are (a rating not yet announced). */
    private RatingOutcome outcome() {
        if (outcome == null) {
            outcome = new RatingOutcome();
        }
        return outcome;
    }

    /** The status as a message argument, so refusals name it in the reader's language. */
    private DefaultMessageSourceResolvable statusLabel() {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    private void record(Inputs inputs) {
        this.selfProposedLevel = inputs.selfProposed();
        this.appraisalLevel = inputs.appraisal();
        this.councilLevel = inputs.council();
        this.suggestedLevel = inputs.suggested();
    }

    public Inputs inputs() {
        return new Inputs(selfProposedLevel, appraisalLevel, councilLevel, suggestedLevel);
    }

    public Long getId() {
        return id;
    }

    public long version() {
        return version;
    }

    public long cadreId() {
        return cadreId;
    }

    public long unitId() {
        return unitId;
    }

    public Quarter quarter() {
        return new Quarter(year, quarter);
    }

    public RatingStatus status() {
        return status;
    }

    public RatingLevel headProposedLevel() {
        return headProposedLevel;
    }

    public String headProposedBy() {
        return headProposedBy;
    }

    public Instant headProposedAt() {
        return headProposedAt;
    }

    public String headComment() {
        return headComment;
    }

    public RatingLevel decidedLevel() {
        return outcome().decidedLevel();
    }

    public String decidedBy() {
        return outcome().decidedBy();
    }

    public Instant decidedAt() {
        return outcome().decidedAt();
    }

    public String decisionComment() {
        return decisionComment;
    }

    public String forceMajeureReason() {
        return forceMajeureReason;
    }

    public boolean discrepancy() {
        return discrepancy;
    }

    public String quotaGroup() {
        return quotaGroup;
    }

    public Integer quotaRank() {
        return quotaRank;
    }

    public Long replacesId() {
        return replacesId;
    }

    public String announcedBy() {
        return outcome().announcedBy();
    }

    public Instant announcedAt() {
        return outcome().announcedAt();
    }

    public String cancelledBy() {
        return outcome().cancelledBy();
    }

    public Instant cancelledAt() {
        return outcome().cancelledAt();
    }

    public String cancelReason() {
        return outcome().cancelReason();
    }
}
