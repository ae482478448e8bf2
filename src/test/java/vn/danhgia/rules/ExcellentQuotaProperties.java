package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the EXCELLENT quota and ranking (seed 000 §III.3.1, seed 002 §6.1). */
class ExcellentQuotaProperties {

    private final RatingRules rules = RatingRules.defaults();

    /** Half-up rounding never gives more than ⌊20 % × n + 0,5⌋ places, nor more places than people. */
    @Property
    void quotaNeverExceedsTheRoundedShare(@ForAll @IntRange(min = 0, max = 500) int qualified) {
        int places = ExcellentQuota.allowedPlaces(qualified, rules);
        int roundedShare = new BigDecimal("0.2").multiply(BigDecimal.valueOf(qualified)).add(new BigDecimal("0.5"))
                .intValue();
        assertThat(places).isLessThanOrEqualTo(roundedShare).isLessThanOrEqualTo(qualified).isNotNegative();
    }

    /** The small-unit rule gives at most one place, and only where the share gives none. */
    @Property
    void smallUnitAddsAtMostOnePlace(@ForAll("units") List<QuotaCandidate> unit) {
        QuotaGroup group = QuotaGroup.unit(unit);
        int places = ExcellentQuota.allowance(group, rules).places();
        int share = ExcellentQuota.allowedPlaces(group.qualifiedMembers(), rules);
        assertThat(places).isBetween(share, Math.max(share, 1)).isLessThanOrEqualTo(group.qualifiedMembers());
    }

    /** Counting only those finally GOOD can only shrink the base, so it never allows more places. */
    @Property
    void finallyGoodBaseNeverAllowsMore(@ForAll @IntRange(min = 0, max = 500) int qualified) {
        assertThat(ExcellentQuota.allowedPlaces(qualified, RuleMother.withQuotaBase(QuotaBase.FINALLY_GOOD)))
                .isLessThanOrEqualTo(ExcellentQuota.allowedPlaces(qualified, rules));
    }

    /**
     * The ranking never awards more than the places, leaves a tie only across the cut, and gives every person one
     * outcome.
     */
    @Property
    void rankingRespectsThePlaces(@ForAll("units") List<QuotaCandidate> candidates,
                                  @ForAll @IntRange(min = 0, max = 6) int places) {
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

    @Provide
    Arbitrary<List<QuotaCandidate>> units() {
        Arbitrary<QuotaCandidate> member = Combinators.combine(
                        Arbitraries.of(CollectiveRole.DEPUTY, CollectiveRole.MEMBER),
                        Arbitraries.of(RatingLevel.class),
                        Arbitraries.integers().between(60, 70), Arbitraries.integers().between(27, 30))
                .as((role, level, taskPoints, general) -> new QuotaCandidate("x", "Cán bộ", role, level,
                        score(general, taskPoints)));
        Arbitrary<QuotaCandidate> head = Arbitraries.of(RatingLevel.class)
                .map(level -> new QuotaCandidate("head", "Người đứng đầu", CollectiveRole.HEAD, level, null));
        return Combinators.combine(head.injectNull(0.3), member.list().ofMaxSize(8)).as((h, members) -> {
            List<QuotaCandidate> unit = new ArrayList<>(members);
            if (h != null) {
                unit.add(0, h);
            }
            return unit;
        });
    }

    private static QuarterlyScore score(int general, int taskPoints) {
        BigDecimal g = BigDecimal.valueOf(general);
        BigDecimal t = BigDecimal.valueOf(taskPoints);
        return new QuarterlyScore(g, Fraction.of(t), Fraction.of(g.add(t)), new BigDecimal("70"), List.of());
    }
}
