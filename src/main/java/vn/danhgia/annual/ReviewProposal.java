package vn.danhgia.annual;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.ReviewOrder.Track;
import vn.danhgia.rules.council.TallyReason;

/**
 * The level a review meeting proposed for a subject in a year (đề xuất mức xếp loại) and the vote behind it, for the
 * ratings: seed 004 §VII.1 lets a leader's party-member rating rest on the workplace's proposal while the authority
 * has not decided.
 *
 * @param level  the level reached, empty when the vote reached none
 * @param votes  the votes cast for each level
 */
public record ReviewProposal(ReviewSubject subject, int year, Track track, long meetingId, String placeName,
                             Optional<RatingLevel> level, TallyReason reason, int members, int present,
                             Map<RatingLevel, Integer> votes, Instant closedAt) {

    public ReviewProposal {
        votes = Map.copyOf(votes);
    }
}
