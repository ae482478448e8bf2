package vn.danhgia.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.RuleMother;
import vn.danhgia.rules.quarterly.QuarterlyScore;

/** Properties of the EXCELLENT quota and ranking (seed 000 §III.3.1, seed 002 §6.1). */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class ExcellentQuotaProperties {

    private final RatingRules rules = RatingRules.defaults();

    /** Half-up rounding never gives more than ⌊20 % × n + 0,5⌋ places, nor more places than people. */
    @ParameterizedTest(name = "{0} qualified")
    @MethodSource("qualifiedCounts")
    void quotaNeverExceedsTheRoundedShare(int qualified) {
        int places = ExcellentQuota.allowedPlaces(qualified, rules);
        int roundedShare = new BigDecimal("0.2").multiply(BigDecimal.valueOf(qualified)).add(new BigDecimal("0.5"))
                .intValue();
        assertThat(places).isLessThanOrEqualTo(roundedShare).isLessThanOrEqualTo(qualified).isNotNegative();
    }

    /** The small-unit rule gives at most one place, and only where the share gives none. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("units")
    void smallUnitAddsAtMostOnePlace(List<QuotaCandidate> unit) {
        QuotaGroup group = QuotaGroup.unit(unit);
        int places = ExcellentQuota.allowance(group, rules).places();
        int share = ExcellentQuota.allowedPlaces(group.qualifiedMembers(), rules);
        assertThat(places).isBetween(share, Math.max(share, 1)).isLessThanOrEqualTo(group.qualifiedMembers());
    }

    /** Counting only those finally GOOD can only shrink the base, so it never allows more places. */
    @ParameterizedTest(name = "{0} qualified")
    @MethodSource("qualifiedCounts")
    void finallyGoodBaseNeverAllowsMore(int qualified) {
        assertThat(ExcellentQuota.allowedPlaces(qualified, RuleMother.withQuotaBase(QuotaBase.FINALLY_GOOD)))
                .isLessThanOrEqualTo(ExcellentQuota.allowedPlaces(qualified, rules));
    }

    /**
     * The ranking never awards more than the places, leaves a tie only across the cut, and gives every person one
     * outcome.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("unitsAndPlaces")
    void rankingRespectsThePlaces(List<QuotaCandidate> candidates, int places) {
        QuotaRanking ranking = ExcellentRanking.rank(candidates, places);
        int awarded = ranking.withOutcome(QuotaOutcome.AWARDED).size();
        int tied = ranking.withOutcome(QuotaOutcome.TIED_AT_CUT).size();
        assertThat(ranking.candidates()).hasSameSizeAs(candidates);
        assertThat(awarded).isLessThanOrEqualTo(places);
        if (tied > 0) {
            assertThat(tied).isGreaterThanOrEqualTo(2);
            assertThat(awarded + tied).isGreaterThan(places);
            assertThat(ranking.placesLeftForAuthority()).isBetween(1, tied - 1);
        }
        long eligible = candidates.stream().filter(c -> c.role() != CollectiveRole.HEAD
                && c.suggestedLevel() == RatingLevel.EXCELLENT).count();
        assertThat(awarded + tied).isLessThanOrEqualTo((int) eligible);
        if (eligible <= places) {
            assertThat(awarded).isEqualTo((int) eligible);
        }
    }

    /** Every count from 0 to 500 qualified people: few enough to check them all rather than a sample. */
    static IntStream qualifiedCounts() {
        return IntStream.rangeClosed(0, 500);
    }

    static Stream<Arguments> units() {
        return PropertyCases.draw(random -> Arguments.of(unit(random)));
    }

    static Stream<Arguments> unitsAndPlaces() {
        return PropertyCases.draw(random -> Arguments.of(unit(random), random.intRange(0, 6)));
    }

    /**
     * Up to eight deputies and members scoring 87 to 100, at any level, and, seven times in ten, the unit's head
     * first.
     */
    private static List<QuotaCandidate> unit(Random random) {
        List<QuotaCandidate> unit = new ArrayList<>();
        if (!random.trueOrFalse(0.3)) {
            unit.add(new QuotaCandidate("head", "Người đứng đầu", CollectiveRole.HEAD,
                    random.oneOf(RatingLevel.values()), null));
        }
        int members = random.intRange(0, 8);
        for (int i = 0; i < members; i++) {
            CollectiveRole role = random.oneOf(CollectiveRole.DEPUTY, CollectiveRole.MEMBER);
            RatingLevel level = random.oneOf(RatingLevel.values());
            int taskPoints = random.intRange(60, 70);
            int general = random.intRange(27, 30);
            unit.add(new QuotaCandidate("x", "Cán bộ", role, level, score(general, taskPoints)));
        }
        return unit;
    }

    private static QuarterlyScore score(int general, int taskPoints) {
        BigDecimal g = BigDecimal.valueOf(general);
        BigDecimal t = BigDecimal.valueOf(taskPoints);
        return new QuarterlyScore(g, Fraction.of(t), Fraction.of(g.add(t)), new BigDecimal("70"), List.of());
    }
}
