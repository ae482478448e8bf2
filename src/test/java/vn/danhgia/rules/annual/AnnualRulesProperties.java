package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.HeadCappedByCollective;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.quarterly.EarlierShortcomings;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.UnratedPeriod;
import vn.danhgia.rules.yearend.YearEndReview;

/** Properties of the yearly rules over arbitrary cases drawn by Instancio (issue 13 §5). */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class AnnualRulesProperties {

    private static final RatingLevel[] LEVELS = RatingLevel.values();

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    /** The suggestion is the lowest cap among its reasons: never above any single rule's cap. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("cases")
    void suggestionIsNeverAboveAnyRulesCap(AnnualCase annualCase) {
        AnnualSuggestion suggestion = engine.suggest(annualCase, basisOf(annualCase));
        for (RatingReason reason : suggestion.reasons()) {
            if (reason.cap() != null) {
                assertThat(suggestion.level().isAbove(reason.cap())).as(reason.code()).isFalse();
            }
        }
        RatingLevel lowest = suggestion.reasons().stream().filter(r -> r.cap() != null).map(RatingReason::cap)
                .reduce(RatingLevel.EXCELLENT, RatingLevel::atMost);
        assertThat(suggestion.level()).isEqualTo(lowest);
        assertThat(suggestion.reasons().get(0).code()).isEqualTo("annual-legal-basis");
    }

    /** Adding a restriction (a veto, an unremedied shortcoming, a lower collective, a failed quarter) never raises. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("casesAndRestrictions")
    void addingARestrictionNeverRaisesTheLevel(AnnualCase annualCase, Restriction restriction) {
        RatingLevel before = engine.suggest(annualCase, basisOf(annualCase)).level();
        AnnualCase restricted = restriction.apply(annualCase);
        RatingLevel after = engine.suggest(restricted, basisOf(restricted)).level();
        assertThat(after.isAbove(before)).as("%s after %s, was %s", after, restriction.name(), before).isFalse();
    }

    /** More points never lower the level (QĐ 366 Điều 11, NĐ 335 bands). */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("cases")
    void morePointsNeverLowerTheLevel(AnnualCase annualCase) {
        if (annualCase.points() == null) {
            return;
        }
        AnnualCase more = annualCase.toBuilder()
                .points(annualCase.points().add(BigDecimal.ONE).min(BigDecimal.valueOf(100))).build();
        assertThat(engine.suggest(annualCase, basisOf(annualCase)).level()
                .isAbove(engine.suggest(more, basisOf(more)).level())).isFalse();
    }

    /** Capping by the collective is monotone and never above it, except for a residential cell (seed 004 §VII.2). */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("levelTriples")
    void cappingIsMonotone(RatingLevel head, RatingLevel collective, RatingLevel lowerCollective, boolean cell) {
        RatingLevel capped = HeadCappedByCollective.cap(head, collective, cell);
        assertThat(capped.isAbove(head)).isFalse();
        if (!cell) {
            assertThat(capped.isAbove(collective)).isFalse();
        } else {
            assertThat(capped).isEqualTo(head);
        }
        RatingLevel lower = collective.atMost(lowerCollective);
        assertThat(HeadCappedByCollective.cap(head, lower, cell).isAbove(capped)).isFalse();
    }

    /** Read strictly (rounded down) the quota never exceeds 20 %; half-up it never exceeds 20 % + ½ a place. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("peerGroups")
    void quotaNeverExceedsTwentyPercent(int goodOrAbove, QuotaBase base) {
        BigDecimal share = new BigDecimal("0.20");
        BigDecimal limit = share.multiply(BigDecimal.valueOf(goodOrAbove));
        int down = AnnualExcellentQuota.places(goodOrAbove,
                AnnualLegalBasis.PARTY_QD_366.withQuota(share, base, RoundingMode.DOWN));
        int halfUp = AnnualExcellentQuota.places(goodOrAbove,
                AnnualLegalBasis.PARTY_QD_366.withQuota(share, base, RoundingMode.HALF_UP));
        assertThat(BigDecimal.valueOf(down)).isLessThanOrEqualTo(limit);
        assertThat(BigDecimal.valueOf(halfUp)).isLessThanOrEqualTo(limit.add(new BigDecimal("0.5")));
        assertThat(down).isLessThanOrEqualTo(halfUp).isNotNegative();
    }

    static AnnualLegalBasis basisOf(AnnualCase annualCase) {
        return AnnualLegalBasis.forYear(annualCase.year(), annualCase.track());
    }

    /** A restriction that only ever lowers what the rules allow. */
    record Restriction(String name, UnaryOperator<AnnualCase> change) {

        AnnualCase apply(AnnualCase annualCase) {
            return change.apply(annualCase);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return PropertyCases.draw(random -> Arguments.of(annualCase(random)));
    }

    static Stream<Arguments> casesAndRestrictions() {
        List<Restriction> restrictions = List.of(
                new Restriction("disciplined", c -> c.toBuilder().misconduct(new AnnualCase.Misconduct(
                        DisciplineForm.REPRIMAND, c.misconduct().degradation(), c.misconduct().corruption())).build()),
                new Restriction("degradation", c -> c.toBuilder().misconduct(new AnnualCase.Misconduct(
                        c.misconduct().disciplined(), true, c.misconduct().corruption())).build()),
                new Restriction("shortcomings not remedied",
                        c -> c.toBuilder().shortcomings(EarlierShortcomings.NOT_REMEDIED).build()),
                new Restriction("headed collective NOT_COMPLETED", c -> c.toBuilder().headedCollective(
                        new AnnualCase.HeadedCollective(RatingLevel.NOT_COMPLETED, false,
                                c.headedCollective() == null ? null : c.headedCollective().completion())).build()),
                new Restriction("Q4 NOT_COMPLETED", c -> c.toBuilder().quarters(new AnnualCase.YearQuarters(
                        c.quarters() == null ? new YearEndReview(List.of()) : c.quarters().review(),
                        RatingLevel.NOT_COMPLETED)).build()),
                new Restriction("fewer points", c -> c.points() == null ? c : c.toBuilder()
                        .points(c.points().subtract(BigDecimal.TEN).max(BigDecimal.ZERO)).build()),
                new Restriction("four months off", c -> c.track().isCollective() ? c : c.toBuilder()
                        .presence(new AnnualCase.YearPresence(8, 4, false)).build()));
        return PropertyCases.draw(random -> Arguments.of(annualCase(random), random.oneOf(restrictions)));
    }

    static Stream<Arguments> levelTriples() {
        return PropertyCases.draw(random -> Arguments.of(random.oneOf(LEVELS), random.oneOf(LEVELS),
                random.oneOf(LEVELS), random.trueOrFalse()));
    }

    static Stream<Arguments> peerGroups() {
        return PropertyCases.draw(random -> Arguments.of(random.intRange(0, 400), random.oneOf(QuotaBase.values())));
    }

    static AnnualCase annualCase(Random random) {
        SubjectTrack track = random.oneOf(SubjectTrack.values());
        int year = random.intRange(2023, 2027);
        AnnualCase.Builder builder = AnnualCase.builder(track, year)
                .points(BigDecimal.valueOf(random.intRange(0, 10000), 2))
                .tasks(tasks(random))
                .shortcomings(random.oneOf(EarlierShortcomings.values()))
                .misconduct(new AnnualCase.Misconduct(oneIn(random, 5) ? random.oneOf(DisciplineForm.values()) : null,
                        oneIn(random, 8), oneIn(random, 5) ? random.oneOf(CorruptionExemption.values()) : null));
        if (oneIn(random, 3)) {
            builder.leadership(new AnnualCase.Leadership(oneIn(random, 6) ? null : tasks(random),
                    oneIn(random, 6) ? null : managedUnits(random)));
        }
        if (random.trueOrFalse()) {
            builder.quarters(new AnnualCase.YearQuarters(quarters(random, year),
                    oneIn(random, 3) ? random.oneOf(LEVELS) : null));
        }
        if (oneIn(random, 3)) {
            builder.headedCollective(new AnnualCase.HeadedCollective(oneIn(random, 4) ? null : random.oneOf(LEVELS),
                    random.trueOrFalse(), random.trueOrFalse() ? null
                    : Fraction.of(BigDecimal.valueOf(random.intRange(0, 100)), BigDecimal.valueOf(100))));
        }
        if (track == SubjectTrack.PARTY_MEMBER && oneIn(random, 3)) {
            builder.cadreLevel(LeaderPartyLevel.basis(random.trueOrFalse() ? null : random.oneOf(LEVELS),
                    random.oneOf(LEVELS)));
        }
        if (track.isCollective()) {
            List<RatingLevel> subordinates = levels(random, 12);
            builder.collective(new AnnualCase.CollectiveFacts(oneIn(random, 10), random.intRange(0, 1) * random
                    .intRange(0, 2), oneIn(random, 4) ? 1 : 0, subordinates,
                    random.trueOrFalse() ? null : new AnnualCase.SubordinateBodies(levels(random, 10),
                            levels(random, 5))));
        } else if (oneIn(random, 3)) {
            // Only people who are rated: PartialYear.rated leaves out fewer than six months worked.
            int worked = random.intRange(6, 12);
            builder.presence(new AnnualCase.YearPresence(worked, random.intRange(0, 12 - worked), oneIn(random, 5)));
        }
        return builder.build();
    }

    private static List<RatingLevel> levels(Random random, int most) {
        List<RatingLevel> levels = new ArrayList<>();
        int count = random.intRange(0, most);
        for (int i = 0; i < count; i++) {
            levels.add(random.oneOf(LEVELS));
        }
        return levels;
    }

    /** True about once in {@code n} draws. */
    private static boolean oneIn(Random random, int n) {
        return random.intRange(1, n) == 1;
    }

    private static TaskConditions tasks(Random random) {
        int assigned = random.intRange(1, 30);
        int done = oneIn(random, 4) ? random.intRange(0, assigned) : assigned;
        int beyond = random.intRange(0, done);
        int late = oneIn(random, 3) ? random.intRange(0, done) : 0;
        int rework = oneIn(random, 4) ? random.intRange(0, done) : 0;
        return new TaskConditions(assigned, done, beyond, late, rework);
    }

    private static AnnualCase.ManagedUnits managedUnits(Random random) {
        int units = random.intRange(0, 12);
        int completed = oneIn(random, 3) ? random.intRange(0, units) : units;
        return new AnnualCase.ManagedUnits(units, completed, random.intRange(0, completed));
    }

    private static YearEndReview quarters(Random random, int year) {
        List<PeriodRating> ratings = new ArrayList<>();
        List<UnratedPeriod> unrated = new ArrayList<>();
        for (RatedPeriod period : List.of(RatedPeriod.Q1, RatedPeriod.Q2, RatedPeriod.Q3)) {
            int draw = random.intRange(0, 9);
            if (draw == 0) {
                unrated.add(new UnratedPeriod(year, period, random.oneOf(UnratedPeriod.Cause.values())));
            } else if (draw > 1) {
                RatingLevel level = random.oneOf(LEVELS);
                ratings.add(new PeriodRating(year, period, level, random.trueOrFalse() ? level : random.oneOf(LEVELS)));
            }
        }
        return new YearEndReview(ratings, unrated);
    }
}
