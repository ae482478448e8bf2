package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the council's tally (seed 000 §III.4 "bỏ phiếu biểu quyết xếp loại", Mẫu 02). */
class CouncilTallyProperties {

    private final CouncilRule rule = CouncilRule.defaults();

    record Ballot(int members, int present, Map<RatingLevel, Integer> votes) {
    }

    /** A level is never reached with half of the members' support or less. */
    @Property
    void neverReachesALevelWithHalfOrLess(@ForAll("ballots") Ballot ballot) {
        CouncilTallyResult result = CouncilTally.tally(ballot.members(), ballot.present(), ballot.votes(), rule);
        result.level().ifPresent(level -> assertThat(2 * result.support().get(level)).isGreaterThan(ballot.members()));
    }

    /**
     * One more member present voting one more vote never lowers any level's support, and never lowers nor loses a
     * level that was reached.
     */
    @Property
    void addingAVoteNeverLowersTheReachedLevel(@ForAll("ballots") Ballot ballot, @ForAll RatingLevel added) {
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

    @Provide
    Arbitrary<Ballot> ballots() {
        return Arbitraries.integers().between(1, 25).flatMap(members -> Arbitraries.integers().between(0, members)
                .flatMap(present -> Combinators.combine(
                        Arbitraries.integers().between(0, present), Arbitraries.integers().between(0, present),
                        Arbitraries.integers().between(0, present), Arbitraries.integers().between(0, present))
                        .as((a, b, c, d) -> {
                            Map<RatingLevel, Integer> votes = new EnumMap<>(RatingLevel.class);
                            int left = present;
                            int[] wanted = {a, b, c, d};
                            RatingLevel[] levels = RatingLevel.values();
                            for (int i = 0; i < levels.length; i++) {
                                int count = Math.min(wanted[i], left);
                                votes.put(levels[i], count);
                                left -= count;
                            }
                            return new Ballot(members, present, votes);
                        })));
    }
}
