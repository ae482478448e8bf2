package vn.danhgia.rules.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;

/**
 * The council's vote (seed 000 §III.4: "Đảng ủy, lãnh đạo Văn phòng UBND tỉnh tổ chức đánh giá, bỏ phiếu biểu quyết
 * xếp loại cho các cá nhân (Mẫu 02)"), counted with the default rule: two thirds present, more than half of ALL the
 * council's members for a level.
 */
class CouncilTallyTests {

    private final CouncilRule rule = CouncilRule.defaults();

    @Test
    void fourOfSevenIsMoreThanHalfOfTheMembers() {
        // Seed 000 §III.4 "bỏ phiếu biểu quyết": 4 of 7 members is a majority.
        CouncilTallyResult result = CouncilTally.tally(7, 7, Map.of(RatingLevel.GOOD, 4, RatingLevel.COMPLETED, 3),
                rule);
        assertThat(result.reason()).isEqualTo(TallyReason.REACHED);
        assertThat(result.level()).contains(RatingLevel.GOOD);
        assertThat(result.majority()).isEqualTo(4);
    }

    @Test
    void exactlyHalfIsNotAMajority() {
        // 3 of 6 is half, not more than half.
        CouncilTallyResult result = CouncilTally.tally(6, 6, Map.of(RatingLevel.EXCELLENT, 3,
                RatingLevel.NOT_COMPLETED, 2), rule);
        // EXCELLENT 3 alone is not > 3 but its support counts towards GOOD and COMPLETED: still 3, so none reached.
        assertThat(result.level()).isEmpty();
        assertThat(result.reason()).isEqualTo(TallyReason.NO_MAJORITY);
        assertThat(result.support().get(RatingLevel.COMPLETED)).isEqualTo(3);
    }

    @Test
    void higherVotesCountTowardsALowerLevel() {
        // 3 EXCELLENT + 2 GOOD of 7: neither level alone has 4, but 5 members find the cadre at least "Hoàn thành tốt".
        CouncilTallyResult result = CouncilTally.tally(7, 6, Map.of(RatingLevel.EXCELLENT, 3, RatingLevel.GOOD, 2,
                RatingLevel.COMPLETED, 1), rule);
        assertThat(result.level()).contains(RatingLevel.GOOD);
        assertThat(result.support()).containsEntry(RatingLevel.EXCELLENT, 3).containsEntry(RatingLevel.GOOD, 5)
                .containsEntry(RatingLevel.COMPLETED, 6);
    }

    @Test
    void notCompletedNeedsItsOwnMajority() {
        CouncilTallyResult result = CouncilTally.tally(5, 5, Map.of(RatingLevel.NOT_COMPLETED, 3,
                RatingLevel.COMPLETED, 2), rule);
        assertThat(result.level()).contains(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void evenSplitBetweenCompletionAndNotCompletedIsATie() {
        CouncilTallyResult result = CouncilTally.tally(6, 6, Map.of(RatingLevel.GOOD, 3, RatingLevel.NOT_COMPLETED,
                3), rule);
        assertThat(result.level()).isEmpty();
        assertThat(result.reason()).isEqualTo(TallyReason.TIE);
    }

    @Test
    void tieBetweenTwoCompletionLevelsGoesToTheLowerOneAMajoritySupports() {
        CouncilTallyResult result = CouncilTally.tally(6, 6, Map.of(RatingLevel.EXCELLENT, 3, RatingLevel.GOOD, 3),
                rule);
        assertThat(result.level()).contains(RatingLevel.GOOD);
    }

    @Test
    void withoutTwoThirdsPresentNothingIsReached() {
        // 4 of 7 present is under ⌈7 × 2/3⌉ = 5, even if all four agree.
        CouncilTallyResult result = CouncilTally.tally(7, 4, Map.of(RatingLevel.GOOD, 4), rule);
        assertThat(result.reason()).isEqualTo(TallyReason.QUORUM_MISSING);
        assertThat(result.level()).isEmpty();
        assertThat(result.quorum()).isEqualTo(5);
    }

    @Test
    void twoThirdsOfSixIsExactlyFour() {
        assertThat(rule.quorumOf(6)).isEqualTo(4);
        assertThat(CouncilTally.tally(6, 4, Map.of(RatingLevel.GOOD, 4), rule).level()).contains(RatingLevel.GOOD);
    }

    @Test
    void aSchemeMayAskForAnotherQuorum() {
        CouncilRule half = new CouncilRule(1, 2, 1, 2);
        assertThat(CouncilTally.tally(7, 4, Map.of(RatingLevel.GOOD, 4), half).level()).contains(RatingLevel.GOOD);
    }

    @Test
    void moreVotesThanMembersPresentAreRefused() {
        assertThatThrownBy(() -> CouncilTally.tally(5, 3, Map.of(RatingLevel.GOOD, 4), rule))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
