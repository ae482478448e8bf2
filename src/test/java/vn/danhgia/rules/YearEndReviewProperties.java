package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
