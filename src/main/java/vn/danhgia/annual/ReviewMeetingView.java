package vn.danhgia.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.ReviewOrder.Rank;
import vn.danhgia.rules.annual.ReviewOrder.SubjectKind;
import vn.danhgia.rules.annual.ReviewOrder.Track;
import vn.danhgia.rules.council.TallyReason;

/**
 * A review meeting (hội nghị kiểm điểm) as the pages, the API and the minutes show it. A reader who only sees their
 * own review gets the opinions about themselves alone ({@code fullView} false).
 *
 * @param missingSuperiors the required superiors not recorded present (seed 004 §VI; seed 003 §2.3)
 * @param manageable       whether the reader may record attendance, opinions and votes and close items
 */
public record ReviewMeetingView(long id, long version, long placeUnitId, String placeName, int year,
                                ReviewMeetingKind kind, boolean open, LocalDate heldOn, String location,
                                Optional<Person> chair, Optional<Person> secretary, Instant openedAt,
                                Instant closedAt, List<Item> items, List<Attendee> attendees,
                                Set<ReviewAttendeeCapacity> missingSuperiors, boolean manageable, boolean fullView) {

    public ReviewMeetingView {
        items = List.copyOf(items);
        attendees = List.copyOf(attendees);
        missingSuperiors = Set.copyOf(missingSuperiors);
    }

    public record Person(long cadreId, String fullName) {
    }

    /**
     * One agenda item: the subject with its place in the collective, its status and the vote.
     *
     * @param number the item's number in the agenda (1, 2, …)
     * @param vote   the vote recorded, empty before
     * @param notReviewedSince the day the not-reviewed reason names (membership.not-reviewed.*: exempt or suspended
     *                         since, admitted on), null when unknown
     */
    public record Item(long id, int number, ReviewSubject subject, String name, String title, Rank rank, Track track,
                       ReviewItemStatus status, Optional<NotReviewedReason> notReviewedReason,
                       LocalDate notReviewedSince, Optional<Vote> vote, Instant closedAt, List<Opinion> opinions) {

        public Item {
            opinions = List.copyOf(opinions);
        }

        public boolean collective() {
            return subject.kind() == SubjectKind.COLLECTIVE;
        }
    }

    /** The counts of a vote and the council tally's result on them. */
    public record Vote(int members, int present, Map<RatingLevel, Integer> votes, Optional<RatingLevel> level,
                       TallyReason reason, Object[] reasonArguments, Instant votedAt) {

        public Vote {
            votes = Map.copyOf(votes);
        }

        public int votesFor(RatingLevel level) {
            return votes.getOrDefault(level, 0);
        }
    }

    public record Attendee(long id, Long cadreId, String fullName, ReviewAttendeeCapacity capacity, boolean present,
                           String absenceNote) {
    }

    /** Ý kiến góp ý: who said what about the item's subject. */
    public record Opinion(long id, Long speakerCadreId, String speakerName, String content, Instant recordedAt) {
    }

    public Optional<Item> item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst();
    }

    public long votingMembers() {
        return attendees.stream().filter(a -> a.capacity().votes()).count();
    }

    public long presentVotingMembers() {
        return attendees.stream().filter(a -> a.capacity().votes() && a.present()).count();
    }
}
