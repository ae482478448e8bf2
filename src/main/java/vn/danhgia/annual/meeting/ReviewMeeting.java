package vn.danhgia.annual.meeting;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.ReviewOrder;
import vn.danhgia.rules.council.CouncilRule;
import vn.danhgia.rules.council.CouncilTally;
import vn.danhgia.rules.council.CouncilTallyResult;

/**
 * A review meeting (hội nghị kiểm điểm) of a place and year: OPEN while its items are reviewed one by one, CLOSED
 * when every item is closed or not reviewed and the required superiors attended. Each transition checks the state
 * and refuses with a reason, changing nothing.
 */
@Entity
@Table(name = "annual_review_meeting")
class ReviewMeeting {

    static final String RECORD_TYPE = "REVIEW_MEETING";

    enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "place_unit_id", nullable = false, updatable = false)
    private long placeUnitId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewMeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String location;

    @Column(name = "chair_cadre_id")
    private Long chairCadreId;

    @Column(name = "secretary_cadre_id")
    private Long secretaryCadreId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** Touched by every change to an item, attendee or opinion ({@link #touch}). */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT) // the year's list reads the agendas of all its meetings with one query
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("positionInAgenda")
    private List<ReviewItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ReviewOpinion> opinions = new ArrayList<>();

    protected ReviewMeeting() {
    }

    ReviewMeeting(long placeUnitId, int year, ReviewMeetingKind kind, LocalDate heldOn, String location,
                  Long chairCadreId, Long secretaryCadreId, Instant now) {
        this.placeUnitId = placeUnitId;
        this.year = year;
        this.kind = kind;
        this.heldOn = heldOn;
        this.location = location;
        this.chairCadreId = chairCadreId;
        this.secretaryCadreId = secretaryCadreId;
        this.status = Status.OPEN;
        this.openedAt = now;
        this.changedAt = now;
    }

    void addToAgenda(ReviewItem item) {
        items.add(item);
    }

    void addAttendee(MeetingAttendee attendee, Instant now) {
        requireOpen();
        attendees.add(attendee);
        touch(now);
    }

    void recordAttendance(Map<Long, Boolean> presentByAttendee, Map<Long, String> notes, Instant now) {
        requireOpen();
        for (Map.Entry<Long, Boolean> entry : presentByAttendee.entrySet()) {
            attendee(entry.getKey()).record(entry.getValue(), notes.get(entry.getKey()));
        }
        touch(now);
    }

    ReviewOpinion recordOpinion(long itemId, Long speakerCadreId, String speakerName, String content, Instant now) {
        requireOpen();
        ReviewItem item = item(itemId);
        if (item.status() == ReviewItemStatus.NOT_REVIEWED) {
            throw new RuleRefusedException("annual.meeting.refused.notReviewed", item.subjectName());
        }
        ReviewOpinion opinion = new ReviewOpinion(itemId, speakerCadreId, speakerName, content, now);
        opinions.add(opinion);
        touch(now);
        return opinion;
    }

    /**
     * Records the vote on the item's proposed level, tallied by the council tally over the voting members: all of
     * them count, those absent and abstaining against (seed 000 §III.4, {@link CouncilTally}).
     */
    CouncilTallyResult recordVote(long itemId, Map<RatingLevel, Integer> votes, CouncilRule rule, Instant now) {
        requireOpen();
        ReviewItem item = item(itemId);
        requirePending(item);
        int members = (int) attendees.stream().filter(a -> a.capacity().votes()).count();
        int present = (int) attendees.stream().filter(a -> a.capacity().votes() && a.present()).count();
        if (members == 0) {
            throw new RuleRefusedException("annual.meeting.refused.noMembers");
        }
        CouncilTallyResult result = CouncilTally.tally(members, present, votes, rule);
        item.recordVote(result, now);
        touch(now);
        return result;
    }

    void markNotReviewed(long itemId, NotReviewedReason reason, Instant now) {
        requireOpen();
        ReviewItem item = item(itemId);
        requirePending(item);
        if (item.subjectCadreId() == null) {
            throw new RuleRefusedException("annual.meeting.refused.collectiveAlwaysReviewed", item.subjectName());
        }
        item.markNotReviewed(reason);
        touch(now);
    }

    /**
     * Closes the item's review when the review order allows it (seed 003 §I.2, §2.3; seed 004 §I.2) and its vote is
     * recorded. {@code elsewhere} are the same year's steps of the item's subject at other meetings.
     */
    ReviewItem closeItem(long itemId, List<ReviewOrder.Step> elsewhere, Instant now) {
        requireOpen();
        ReviewItem item = item(itemId);
        requirePending(item);
        List<ReviewOrder.Step> steps = new ArrayList<>(elsewhere);
        items.forEach(other -> steps.add(other.step()));
        Optional<ReviewOrder.Refusal> refusal = ReviewOrder.checkClose(item.step(), steps);
        if (refusal.isPresent()) {
            throw new RuleRefusedException(refusal.get().reason().messageKey(), refusal.get().messageArguments());
        }
        if (!item.voted()) {
            throw new RuleRefusedException("annual.meeting.refused.voteFirst", item.subjectName());
        }
        item.close(now);
        touch(now);
        return item;
    }

    void close(Instant now) {
        requireOpen();
        Optional<ReviewItem> pending = items.stream()
                .filter(item -> item.status() == ReviewItemStatus.PENDING).findFirst();
        if (pending.isPresent()) {
            throw new RuleRefusedException("annual.meeting.refused.itemsPending", pending.get().subjectName());
        }
        if (!missingSuperiors().isEmpty()) {
            throw new RuleRefusedException("annual.meeting.refused.superiorsMissing");
        }
        status = Status.CLOSED;
        closedAt = now;
        touch(now);
    }

    /** The required superiors (seed 004 §VI; seed 003 §2.3) nobody attended for. */
    Set<ReviewAttendeeCapacity> missingSuperiors() {
        Set<ReviewAttendeeCapacity> missing = kind.requiredSuperiors().isEmpty()
                ? EnumSet.noneOf(ReviewAttendeeCapacity.class) : EnumSet.copyOf(kind.requiredSuperiors());
        attendees.stream().filter(MeetingAttendee::present).forEach(a -> missing.remove(a.capacity()));
        return missing;
    }

    /**
     * Marks the meeting changed, so its version moves with any change to an item, attendee or opinion (those rows are
     * not the meeting's own). Strictly later than the last change even when the clock has not moved, else an
     * unchanged meeting row would keep its version.
     */
    private void touch(Instant now) {
        changedAt = now.isAfter(changedAt) ? now : changedAt.plus(1, ChronoUnit.MICROS);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new RuleRefusedException("annual.meeting.refused.closed");
        }
    }

    private static void requirePending(ReviewItem item) {
        if (item.status() != ReviewItemStatus.PENDING) {
            throw new RuleRefusedException("annual.meeting.refused.itemNotPending", item.subjectName());
        }
    }

    ReviewItem item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("REVIEW_ITEM", itemId));
    }

    private MeetingAttendee attendee(long attendeeId) {
        return attendees.stream().filter(a -> a.id() == attendeeId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("REVIEW_ATTENDEE", attendeeId));
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long placeUnitId() {
        return placeUnitId;
    }

    int year() {
        return year;
    }

    ReviewMeetingKind kind() {
        return kind;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String location() {
        return location;
    }

    Long chairCadreId() {
        return chairCadreId;
    }

    Long secretaryCadreId() {
        return secretaryCadreId;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<ReviewItem> items() {
        return items;
    }

    List<MeetingAttendee> attendees() {
        return attendees;
    }

    List<ReviewOpinion> opinions() {
        return opinions;
    }
}
