package vn.danhgia.rules.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;

/** Seed 002 §5 over arbitrary histories of rated periods. */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class YearEndReviewProperties {

    /** An alert exists exactly when two neighbouring rated periods are both NOT_COMPLETED. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("histories")
    void alertIffTwoNeighbouringPeriodsAreNotCompleted(List<PeriodRating> history) {
        YearEndReview review = new YearEndReview(history);
        List<PeriodRating> sorted = review.ratings();
        boolean neighbours = false;
        for (int i = 1; i < sorted.size(); i++) {
            neighbours |= sorted.get(i - 1).sequence() + 1 == sorted.get(i).sequence()
                    && sorted.get(i - 1).level() == RatingLevel.NOT_COMPLETED
                    && sorted.get(i).level() == RatingLevel.NOT_COMPLETED;
        }
        assertThat(review.replacementAlerts().isEmpty()).isEqualTo(!neighbours);
        review.replacementAlerts().forEach(alert -> assertThat(alert.periods()).isGreaterThanOrEqualTo(2));
    }

    /** The year's cap is GOOD exactly when one of its quarters was NOT_COMPLETED. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("histories")
    void yearCapFollowsTheQuarters(List<PeriodRating> history) {
        YearEndReview review = new YearEndReview(history);
        boolean notCompletedQuarter = history.stream().anyMatch(r -> r.year() == 2026 && r.period().isQuarter()
                && r.level() == RatingLevel.NOT_COMPLETED);
        assertThat(review.yearEndCap(2026)).isEqualTo(notCompletedQuarter ? RatingLevel.GOOD : RatingLevel.EXCELLENT);
    }

    /**
     * Seed 002 §5 with §7 d and §3.3: an alert exists exactly when two NOT_COMPLETED ratings follow each other with
     * nothing but deferred or exempted quarters between them; each alert counts those quarters, and its reason names
     * them when there are any.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("markedHistories")
    void alertIffTwoNotCompletedRatingsHaveOnlyUnratedQuartersBetween(MarkedHistory history) {
        YearEndReview review = new YearEndReview(history.ratings(), history.unrated());
        Set<Integer> marked = history.unrated().stream().map(UnratedPeriod::sequence).collect(Collectors.toSet());
        List<PeriodRating> sorted = review.ratings();
        boolean expected = false;
        for (int i = 1; i < sorted.size(); i++) {
            PeriodRating before = sorted.get(i - 1);
            PeriodRating after = sorted.get(i);
            boolean onlyMarkedBetween = IntStream.range(before.sequence() + 1, after.sequence())
                    .allMatch(marked::contains);
            expected |= onlyMarkedBetween && before.level() == RatingLevel.NOT_COMPLETED
                    && after.level() == RatingLevel.NOT_COMPLETED;
        }
        assertThat(review.replacementAlerts().isEmpty()).isEqualTo(!expected);
        for (ReplacementAlert alert : review.replacementAlerts()) {
            long markedInside = IntStream.rangeClosed(alert.from().sequence(), alert.to().sequence())
                    .filter(marked::contains).count();
            assertThat(alert.unratedBetween()).isEqualTo(markedInside);
            assertThat(alert.reason().code()).isEqualTo(markedInside == 0 ? "replacement-alert"
                    : "replacement-alert-across-unrated");
        }
    }

    /** Marking a missing quarter deferred or exempted never takes an alert away. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("markedHistories")
    void markingMissingQuartersNeverRemovesAnAlert(MarkedHistory history) {
        int withoutMarkers = new YearEndReview(history.ratings()).replacementAlerts().size();
        int withMarkers = new YearEndReview(history.ratings(), history.unrated()).replacementAlerts().size();
        boolean anyBefore = withoutMarkers > 0;
        assertThat(!anyBefore || withMarkers > 0).isTrue();
    }

    /** Ratings and the quarters marked not rated, for {@link #markedHistories()}. */
    record MarkedHistory(List<PeriodRating> ratings, List<UnratedPeriod> unrated) {
    }

    static Stream<Arguments> markedHistories() {
        return PropertyCases.draw(random -> Arguments.of(markedHistory(random)));
    }

    /**
     * Periods from Q1/2025 to Q3/2027: a quarter is marked deferred or exempted three times in ten, a period has no
     * rating and no marker one time in ten, and is rated otherwise; NOT_COMPLETED one time in two, so runs are common.
     */
    private static MarkedHistory markedHistory(Random random) {
        int periods = 3 * RatedPeriod.values().length - 1;
        List<PeriodRating> ratings = new ArrayList<>();
        List<UnratedPeriod> unrated = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            int year = 2025 + i / 4;
            RatedPeriod period = RatedPeriod.values()[i % 4];
            if (period.isQuarter() && random.trueOrFalse(0.3)) {
                unrated.add(new UnratedPeriod(year, period, random.oneOf(UnratedPeriod.Cause.values())));
            } else if (!random.trueOrFalse(0.1)) {
                ratings.add(PeriodRating.of(year, period, random.trueOrFalse(0.5) ? RatingLevel.NOT_COMPLETED
                        : random.oneOf(RatingLevel.values())));
            }
        }
        return new MarkedHistory(ratings, unrated);
    }

    static Stream<Arguments> histories() {
        return PropertyCases.draw(random -> Arguments.of(history(random)));
    }

    /** Periods from Q1/2025 to Q3/2027, each rated or, one time in five, not (deferred). */
    private static List<PeriodRating> history(Random random) {
        int periods = 3 * RatedPeriod.values().length - 1;
        List<PeriodRating> history = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            boolean deferred = random.trueOrFalse(0.2);
            if (!deferred) {
                history.add(PeriodRating.of(2025 + i / 4, RatedPeriod.values()[i % 4],
                        random.oneOf(RatingLevel.values())));
            }
        }
        return history;
    }
}
