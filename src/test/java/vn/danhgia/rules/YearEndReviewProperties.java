package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Seed 002 §5 over arbitrary histories of rated periods. */
class YearEndReviewProperties {

    /** An alert exists exactly when two neighbouring rated periods are both NOT_COMPLETED. */
    @Property
    void alertIffTwoNeighbouringPeriodsAreNotCompleted(@ForAll("histories") List<PeriodRating> history) {
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
    @Property
    void yearCapFollowsTheQuarters(@ForAll("histories") List<PeriodRating> history) {
        YearEndReview review = new YearEndReview(history);
        boolean notCompletedQuarter = history.stream().anyMatch(r -> r.year() == 2026 && r.period().isQuarter()
                && r.level() == RatingLevel.NOT_COMPLETED);
        assertThat(review.yearEndCap(2026)).isEqualTo(notCompletedQuarter ? RatingLevel.GOOD : RatingLevel.EXCELLENT);
    }

    /** Periods from Q1/2025 to Q3/2027, each rated or not (deferred). */
    @Provide
    Arbitrary<List<PeriodRating>> histories() {
        Arbitrary<RatingLevel> levelOrNone = Arbitraries.of(RatingLevel.class).injectNull(0.2);
        int periods = 3 * RatedPeriod.values().length - 1;
        return levelOrNone.list().ofSize(periods).map(levels -> {
            List<PeriodRating> history = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i) != null) {
                    history.add(PeriodRating.of(2025 + i / 4, RatedPeriod.values()[i % 4], levels.get(i)));
                }
            }
            return history;
        });
    }
}
