package vn.danhgia.rules.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.RatingLevel;

/** Properties of the council's tally (seed 000 §III.4 "bỏ phiếu biểu quyết xếp loại", Mẫu 02). */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class CouncilTallyProperties {

    private final CouncilRule rule = CouncilRule.defaults();

    record Ballot(int members, int present, Map<RatingLevel, Integer> votes) {
    }

    /** A level is never reached with half of the members' support or less. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("ballots")
    void neverReachesALevelWithHalfOrLess(Ballot ballot) {
        CouncilTallyResult result = CouncilTally.tally(ballot.members(), ballot.present(), ballot.votes(), rule);
        result.level().ifPresent(level -> assertThat(2 * result.support().get(level)).isGreaterThan(ballot.members()));
    }

    /**
     * One more member present voting one more vote never lowers any level's support, and never lowers nor loses a
     * level that was reached.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("ballotsAndAnAddedVote")
    void addingAVoteNeverLowersTheReachedLevel(Ballot ballot, RatingLevel added) {
        if (ballot.present() == ballot.members()) {
            return;
        }
        CouncilTallyResult before = CouncilTally.tally(ballot.members(), ballot.present(), ballot.votes(), rule);
        Map<RatingLevel, Integer> more = new EnumMap<>(ballot.votes());
        more.merge(added, 1, Integer::sum);
        CouncilTallyResult after = CouncilTally.tally(ballot.members(), ballot.present() + 1, more, rule);
        for (RatingLevel level : RatingLevel.values()) {
            assertThat(after.support().get(level)).isGreaterThanOrEqualTo(before.support().get(level));
        }
        before.level().ifPresent(level -> {
            assertThat(after.level()).isPresent();
            assertThat(after.level().get().isAtLeast(level)).isTrue();
        });
    }

    static Stream<Arguments> ballots() {
        return PropertyCases.draw(random -> Arguments.of(ballot(random)));
    }

    static Stream<Arguments> ballotsAndAnAddedVote() {
        return PropertyCases.draw(random -> Arguments.of(ballot(random), random.oneOf(RatingLevel.values())));
    }

    /**
     * A council of 1 to 25 members, some of them present, whose votes per level, taken best level first, add up to
     * at most those present.
     */
    private static Ballot ballot(Random random) {
        int members = random.intRange(1, 25);
        int present = random.intRange(0, members);
        Map<RatingLevel, Integer> votes = new EnumMap<>(RatingLevel.class);
        int left = present;
        for (RatingLevel level : RatingLevel.values()) {
            int count = Math.min(random.intRange(0, present), left);
            votes.put(level, count);
            left -= count;
        }
        return new Ballot(members, present, votes);
    }
}
