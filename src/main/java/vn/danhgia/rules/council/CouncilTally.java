package vn.danhgia.rules.council;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;

/**
 * Tallies a council's vote on one cadre (bỏ phiếu biểu quyết xếp loại, seed 000 §III.4 "Quyết định đánh giá, xếp loại
 * chất lượng", Mẫu 02).
 * <ul>
 *   <li>Quorum: with fewer members present than {@link CouncilRule#quorumOf} nothing is reached (QUORUM_MISSING).</li>
 *   <li>Cumulative reading of the completion levels: a vote for a level also supports every lower level that is still
 *       a completion (EXCELLENT supports GOOD and COMPLETED; GOOD supports COMPLETED), because a member who finds the
 *       cadre "Hoàn thành tốt" also finds them at least "Hoàn thành". The seed names no counting rule; this reading is
 *       our decision, so that splitting the favourable votes between two levels never leaves a cadre unrated. The
 *       level reached is the highest completion level whose support is more than the majority share of ALL the
 *       council's members (absent members and abstentions count against).</li>
 *   <li>NOT_COMPLETED is not supported by the other votes: it needs its own majority of direct votes.</li>
 *   <li>Otherwise nothing is reached: TIE when the completion votes and the NOT_COMPLETED votes are equal (and not
 *       zero), NO_MAJORITY else. The authority then decides (seed 000 §III.4).</li>
 * </ul>
 */
public final class CouncilTally {

    private CouncilTally() {
    }

    public static CouncilTallyResult tally(int members, int present, Map<RatingLevel, Integer> votes,
                                           CouncilRule rule) {
        if (members <= 0 || present < 0 || present > members) {
            throw new IllegalArgumentException("need 0 <= present <= members and members > 0");
        }
        Map<RatingLevel, Integer> cast = new EnumMap<>(RatingLevel.class);
        int total = 0;
        for (RatingLevel level : RatingLevel.values()) {
            int count = votes.getOrDefault(level, 0);
            if (count < 0) {
                throw new IllegalArgumentException("negative vote count for " + level);
            }
            cast.put(level, count);
            total += count;
        }
        if (total > present) {
            throw new IllegalArgumentException("more votes (" + total + ") than members present (" + present + ")");
        }
        Map<RatingLevel, Integer> support = new EnumMap<>(RatingLevel.class);
        int running = 0;
        for (RatingLevel level : RatingLevel.values()) {
            if (level == RatingLevel.NOT_COMPLETED) {
                support.put(level, cast.get(level));
            } else {
                running += cast.get(level);
                support.put(level, running);
            }
        }
        int majority = rule.majorityOf(members);
        int quorum = rule.quorumOf(members);
        if (present < quorum) {
            return new CouncilTallyResult(Optional.empty(), TallyReason.QUORUM_MISSING, members, present, cast,
                    support, majority, quorum);
        }
        for (RatingLevel level : RatingLevel.values()) {
            if (support.get(level) >= majority) {
                return new CouncilTallyResult(Optional.of(level), TallyReason.REACHED, members, present, cast,
                        support, majority, quorum);
            }
        }
        int completion = support.get(RatingLevel.COMPLETED);
        TallyReason reason = completion > 0 && completion == support.get(RatingLevel.NOT_COMPLETED)
                ? TallyReason.TIE : TallyReason.NO_MAJORITY;
        return new CouncilTallyResult(Optional.empty(), reason, members, present, cast, support, majority, quorum);
    }
}
