package vn.danhgia.annual.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.ReviewOrder.Rank;
import vn.danhgia.rules.annual.ReviewOrder.SubjectKind;
import vn.danhgia.rules.annual.ReviewOrder.Track;
import vn.danhgia.rules.annual.ReviewOrder;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.rules.council.TallyReason;

/** One agenda item of a review meeting: a subject reviewed there, its vote and whether its review is closed. */
@Entity
@Table(name = "annual_review_item")
class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_in_agenda", nullable = false)
    private int positionInAgenda;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_unit_id", updatable = false)
    private Long subjectUnitId;

    @Column(name = "subject_cadre_id", updatable = false)
    private Long subjectCadreId;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(nullable = false)
    private String title;

    @Column(name = "collective_key", nullable = false)
    private String collectiveKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_rank")
    private Rank rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewItemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_reviewed_reason")
    private NotReviewedReason notReviewedReason;

    @Column(name = "vote_members")
    private Integer voteMembers;

    @Column(name = "vote_present")
    private Integer votePresent;

    @Column(name = "votes_excellent")
    private Integer votesExcellent;

    @Column(name = "votes_good")
    private Integer votesGood;

    @Column(name = "votes_completed")
    private Integer votesCompleted;

    @Column(name = "votes_not_completed")
    private Integer votesNotCompleted;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private RatingLevel proposedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "tally_reason")
    private TallyReason tallyReason;

    @Column(name = "voted_at")
    private Instant votedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ReviewItem() {
    }

    ReviewItem(int positionInAgenda, ReviewSubject subject, String subjectName, String title, String collectiveKey,
               Rank rank, Track track) {
        this.positionInAgenda = positionInAgenda;
        this.subjectKind = subject.kind();
        if (subject.kind() == SubjectKind.COLLECTIVE) {
            this.subjectUnitId = subject.id();
        } else {
            this.subjectCadreId = subject.id();
        }
        this.subjectName = subjectName;
        this.title = title == null ? "" : title;
        this.collectiveKey = collectiveKey;
        this.rank = rank;
        this.track = track;
        this.status = ReviewItemStatus.PENDING;
    }

    void recordVote(CouncilTallyResult result, Instant now) {
        voteMembers = result.members();
        votePresent = result.present();
        votesExcellent = result.votes().get(RatingLevel.EXCELLENT);
        votesGood = result.votes().get(RatingLevel.GOOD);
        votesCompleted = result.votes().get(RatingLevel.COMPLETED);
        votesNotCompleted = result.votes().get(RatingLevel.NOT_COMPLETED);
        proposedLevel = result.level().orElse(null);
        tallyReason = result.reason();
        votedAt = now;
    }

    void close(Instant now) {
        status = ReviewItemStatus.CLOSED;
        closedAt = now;
    }

    void markNotReviewed(NotReviewedReason reason) {
        status = ReviewItemStatus.NOT_REVIEWED;
        notReviewedReason = reason;
    }

    /** The item as a step of the review order. */
    ReviewOrder.Step step() {
        String key = String.valueOf(id);
        if (subjectKind == SubjectKind.COLLECTIVE) {
            return ReviewOrder.Step.collective(collectiveKey, track, subjectName, status == ReviewItemStatus.CLOSED);
        }
        return ReviewOrder.Step.individual(key, collectiveKey, String.valueOf(subjectCadreId), rank, track,
                subjectName, title, status == ReviewItemStatus.CLOSED, status != ReviewItemStatus.NOT_REVIEWED);
    }

    boolean voted() {
        return votedAt != null;
    }

    Map<RatingLevel, Integer> votes() {
        Map<RatingLevel, Integer> votes = new EnumMap<>(RatingLevel.class);
        if (voted()) {
            votes.put(RatingLevel.EXCELLENT, votesExcellent);
            votes.put(RatingLevel.GOOD, votesGood);
            votes.put(RatingLevel.COMPLETED, votesCompleted);
            votes.put(RatingLevel.NOT_COMPLETED, votesNotCompleted);
        }
        return votes;
    }

    ReviewSubject subject() {
        return subjectKind == SubjectKind.COLLECTIVE ? ReviewSubject.collective(subjectUnitId)
                : ReviewSubject.cadre(subjectCadreId);
    }

    Long id() {
        return id;
    }

    int positionInAgenda() {
        return positionInAgenda;
    }

    String subjectName() {
        return subjectName;
    }

    String title() {
        return title;
    }

    Rank rank() {
        return rank;
    }

    Track track() {
        return track;
    }

    ReviewItemStatus status() {
        return status;
    }

    Optional<NotReviewedReason> notReviewedReason() {
        return Optional.ofNullable(notReviewedReason);
    }

    Long subjectCadreId() {
        return subjectCadreId;
    }

    int voteMembers() {
        return voteMembers;
    }

    int votePresent() {
        return votePresent;
    }

    Optional<RatingLevel> proposedLevel() {
        return Optional.ofNullable(proposedLevel);
    }

    TallyReason tallyReason() {
        return tallyReason;
    }

    Instant votedAt() {
        return votedAt;
    }

    Instant closedAt() {
        return closedAt;
    }
}
