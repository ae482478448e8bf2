package vn.danhgia.annual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.RatingLevel;

/**
 * Review meetings of the annual review (hội nghị kiểm điểm; seed 003 §I.2, §2.1–2.3; seed 004 §II.2, §III, §VI).
 * Who may do what: the meeting's chair and secretary and the personnel officers whose office serves its place manage
 * it; a person on its agenda reads the opinions about themselves; anyone else is told it does not exist (404). Every
 * change names the version read (optimistic locking, 409 when stale) and is audited; a refusal changes nothing.
 */
public interface ReviewMeetings {

    /** The meetings of the year the reader manages or is reviewed at, by place. */
    List<ReviewMeetingSummary> visible(int year);

    /** Whether the reader may open a meeting for the place (personnel officer serving it, or its head or deputy). */
    boolean mayOpen(long placeUnitId);

    /** The units the reader may open a meeting for, by code. */
    List<Long> openablePlaces();

    /** Opens the meeting with its agenda in review order and its members on the attendance list. */
    ReviewMeetingView open(NewReviewMeeting meeting);

    ReviewMeetingView meeting(long id);

    /** Records each voting member present or absent (with a note); members not named keep their record. */
    ReviewMeetingView recordAttendance(long id, long version, Map<Long, Boolean> presentByAttendee,
                                       Map<Long, String> notes);

    /** Adds a superior or guest to the attendance (present). */
    ReviewMeetingView addAttendee(long id, long version, ReviewAttendeeCapacity capacity, Long cadreId,
                                  String fullName);

    /** Records an opinion (ý kiến góp ý) about the item's subject, by a named speaker. */
    ReviewMeetingView recordOpinion(long id, long version, long itemId, Long speakerCadreId, String speakerName,
                                    String content);

    /** Records (or records again, while the item is open) the vote on the item's proposed level. */
    ReviewMeetingView recordVote(long id, long version, long itemId, Map<RatingLevel, Integer> votes);

    /** Marks the item not reviewed this year with its reason (seed 004 §II.1). */
    ReviewMeetingView markNotReviewed(long id, long version, long itemId, NotReviewedReason reason);

    /** Closes the item's review; refused out of order ({@link vn.danhgia.rules.annual.ReviewOrder}) or unvoted. */
    ReviewMeetingView closeItem(long id, long version, long itemId);

    /** Closes the meeting: every item closed or not reviewed, and the required superiors present. */
    ReviewMeetingView close(long id, long version);

    /** For a key cadres' conference: the departments' meetings of the same agency and year, consolidated. */
    KeyCadresConsolidation consolidation(long id);

    /** The proposal a closed review item made for the subject in the year, for the ratings; no access check. */
    Optional<ReviewProposal> proposalFor(ReviewSubject subject, int year);
}
