package vn.danhgia.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.CouncilTallyResult;
import vn.danhgia.rules.RatingLevel;

/**
 * A vote session and, per subject cadre, the tally of the votes cast so far (final once CLOSED). This is also the
 * content of the minutes (biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng, seed 000 §III.5 (2)).
 *
 * @param unitId   the council's unit, whose name heads the minutes
 * @param quorum   the members that had to be present for the vote to count (seed 000 §III.4; two thirds by default)
 * @param present  the members who voted in the session (a member present is one who cast at least one vote)
 * @param myVotes  the signed-in member's own votes by subject cadre id (empty for a non-member)
 */
public record VoteSessionView(long id, long version, long councilId, long unitId, String unitName, int year,
                              int quarter, int quorum, VoteSessionStatus status, Instant openedAt, Instant closedAt,
                              List<CouncilView.Member> members, List<CouncilView.Member> present,
                              List<SubjectTally> tallies, Map<Long, RatingLevel> myVotes) {

    public record SubjectTally(CouncilView.Person subject, CouncilTallyResult result) {
    }

    /** The member in the role (the chair, the secretary), if the council has one. */
    public Optional<CouncilView.Member> memberIn(CouncilRole role) {
        return members.stream().filter(member -> member.role() == role).findFirst();
    }
}
