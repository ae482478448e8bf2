package vn.danhgia.rules.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.danhgia.rules.RatedPeriod.Q1;
import static vn.danhgia.rules.RatedPeriod.Q2;
import static vn.danhgia.rules.RatedPeriod.Q3;
import static vn.danhgia.rules.RatedPeriod.YEAR_END;
import static vn.danhgia.rules.RatingLevel.COMPLETED;
import static vn.danhgia.rules.RatingLevel.EXCELLENT;
import static vn.danhgia.rules.RatingLevel.GOOD;
import static vn.danhgia.rules.RatingLevel.NOT_COMPLETED;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.RulesBundles;

/** Seed 002 §5, "Về sử dụng kết quả xếp loại hằng quý". */
class YearEndReviewTests {

    /**
     * "Trường hợp cá nhân có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất
     * sắc nhiệm vụ cả năm."
     */
    @Test
    void oneNotCompletedQuarterRulesOutExcellentForTheYear() {
        YearEndReview review = review(rated(2026, Q1, EXCELLENT), rated(2026, Q2, NOT_COMPLETED),
                rated(2026, Q3, EXCELLENT));
        assertThat(review.excellentAllowed(2026)).isFalse();
        assertThat(review.yearEndCap(2026)).isEqualTo(GOOD);
        RatingReason reason = review.yearEndReason(2026).orElseThrow();
        assertThat(reason.code()).isEqualTo("year-quarter-not-completed");
        assertThat(reason.source()).isEqualTo(RuleSource.SEED_002_5);
        assertThat(reason.arguments()).containsEntry("year", "2026").containsEntry("quarters", "1");
    }

    @Test
    void quarterOfAnotherYearDoesNotCount() {
        YearEndReview review = review(rated(2025, Q3, NOT_COMPLETED), rated(2026, Q1, EXCELLENT));
        assertThat(review.excellentAllowed(2026)).isTrue();
        assertThat(review.yearEndCap(2026)).isEqualTo(EXCELLENT);
        assertThat(review.yearEndReason(2026)).isEmpty();
    }

    /**
     * "ưu tiên lựa chọn cá nhân có số quý được đề xuất xếp loại Hoàn thành xuất sắc nhiệm vụ nhiều hơn": the count
     * is of quarters proposed EXCELLENT, even where the quota then gave GOOD.
     */
    @Test
    void moreQuartersProposedExcellentComeFirst() {
        YearEndCandidate an = candidate("Nguyễn Văn An", review(rated(2026, Q1, EXCELLENT), rated(2026, Q2, EXCELLENT),
                new PeriodRating(2026, Q3, GOOD, EXCELLENT)));
        YearEndCandidate binh = candidate("Trần Thị Bình", review(rated(2026, Q1, EXCELLENT), rated(2026, Q2, GOOD),
                rated(2026, Q3, EXCELLENT)));
        YearEndCandidate cuong = candidate("Lê Văn Cường", review(rated(2026, Q1, GOOD), rated(2026, Q2, EXCELLENT),
                rated(2026, Q3, EXCELLENT)));
        YearEndCandidate dung = candidate("Phạm Thị Dung", review(rated(2026, Q1, EXCELLENT),
                rated(2026, Q2, EXCELLENT), rated(2026, Q3, NOT_COMPLETED)));
        List<YearEndPreference> preferences = YearEndReview.preferForExcellent(2026, List.of(dung, cuong, binh, an));
        assertThat(preferences).extracting(p -> p.candidate().name(), YearEndPreference::excellentQuarters,
                        YearEndPreference::rank)
                .containsExactly(
                        tuple("Nguyễn Văn An", 3, 1),
                        tuple("Lê Văn Cường", 2, 2),
                        tuple("Trần Thị Bình", 2, 2),
                        tuple("Phạm Thị Dung", 2, null));
        assertThat(preferences.get(3).eligible()).isFalse();
        assertThat(preferences.get(3).reason().code()).isEqualTo("year-quarter-not-completed");
    }

    /** "Thực hiện ngay việc thay thế những cán bộ có kết quả … Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên." */
    @Test
    void twoConsecutiveNotCompletedQuartersRaiseAReplacementAlert() {
        List<ReplacementAlert> alerts = review(rated(2026, Q1, NOT_COMPLETED), rated(2026, Q2, NOT_COMPLETED),
                rated(2026, Q3, COMPLETED)).replacementAlerts();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).periods()).isEqualTo(2);
        assertThat(alerts.get(0).from().period()).isEqualTo(Q1);
        assertThat(alerts.get(0).to().period()).isEqualTo(Q2);
        assertThat(alerts.get(0).reason().source()).isEqualTo(RuleSource.SEED_002_5);
    }

    @Test
    void notCompletedQuartersWithABetterOneBetweenRaiseNoAlert() {
        assertThat(review(rated(2026, Q1, NOT_COMPLETED), rated(2026, Q2, COMPLETED), rated(2026, Q3, NOT_COMPLETED))
                .replacementAlerts()).isEmpty();
    }

    /** Quarter IV folds into the year-end rating (seed 000 §I.2.2), so Q3 and the year-end are consecutive. */
    @Test
    void thirdQuarterAndYearEndAreConsecutive() {
        assertThat(review(rated(2026, Q3, NOT_COMPLETED), rated(2026, YEAR_END, NOT_COMPLETED)).replacementAlerts())
                .hasSize(1);
    }

    /** Across the year boundary: the year-end rating and next year's quarter I are consecutive. */
    @Test
    void yearEndAndNextFirstQuarterAreConsecutive() {
        List<ReplacementAlert> alerts = review(rated(2026, YEAR_END, NOT_COMPLETED), rated(2027, Q1, NOT_COMPLETED))
                .replacementAlerts();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).reason().arguments()).containsEntry("fromPeriod", "YEAR_END")
                .containsEntry("fromYear", "2026").containsEntry("toPeriod", "Q1").containsEntry("toYear", "2027");
    }

    /**
     * Seed 002 §7 d: a deferred quarter's results "sẽ được xem xét sang quý tiếp theo", so NOT_COMPLETED in Q1 and Q3
     * with Q2 deferred are two consecutive ratings, and seed 002 §5 asks for the replacement ("từ 02 quý liên tiếp").
     */
    @Test
    void runIsCarriedAcrossADeferredQuarter() {
        YearEndReview review = new YearEndReview(List.of(rated(2026, Q1, NOT_COMPLETED), rated(2026, Q3, NOT_COMPLETED)),
                List.of(new UnratedPeriod(2026, Q2, UnratedPeriod.Cause.DEFERRED)));
        assertThat(review.replacementAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.periods()).isEqualTo(2);
            assertThat(alert.unratedBetween()).isEqualTo(1);
            assertThat(alert.from().period()).isEqualTo(Q1);
            assertThat(alert.to().period()).isEqualTo(Q3);
            assertThat(alert.reason().code()).isEqualTo("replacement-alert-across-unrated");
            assertThat(alert.reason().source()).isEqualTo(RuleSource.SEED_002_5);
            assertThat(alert.reason().arguments()).containsEntry("periods", "2").containsEntry("unrated", "1");
            assertThat(alert.reason().render(RulesBundles.VI, RulesBundles.VIETNAMESE)).isEqualTo(
                    "Xếp loại “Không hoàn thành nhiệm vụ” 2 kỳ đánh giá liên tiếp (từ quý I/2026 đến quý III/2026; 1 quý "
                            + "ở giữa hoãn đánh giá, kết quả được xem xét sang kỳ tiếp theo theo mục 7 điểm d, hoặc "
                            + "không phải đánh giá hằng quý): thực hiện ngay việc thay thế cán bộ.");
        });
        // The deferred quarter has no level of its own: the year counts the two NOT_COMPLETED quarters rated.
        assertThat(review.yearEndReason(2026).orElseThrow().arguments()).containsEntry("quarters", "2");
    }

    /** Seed 002 §7 d after quarter III: its results go to the year-end rating (with quarter IV), the next period. */
    @Test
    void deferredThirdQuarterCarriesTheRunIntoTheYearEnd() {
        YearEndReview review = new YearEndReview(List.of(rated(2026, Q2, NOT_COMPLETED),
                rated(2026, YEAR_END, NOT_COMPLETED)), List.of(new UnratedPeriod(2026, Q3, UnratedPeriod.Cause.DEFERRED)));
        assertThat(review.replacementAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.from().period()).isEqualTo(Q2);
            assertThat(alert.to().period()).isEqualTo(YEAR_END);
        });
    }

    /**
     * Seed 002 §3.3: a party committee member without professional duties need not be rated each quarter and may be
     * rated at year-end only; two year-end NOT_COMPLETED with the exempt quarters between are consecutive ratings.
     */
    @Test
    void exemptQuartersAreNotRatedPeriodsOfThePerson() {
        YearEndReview review = new YearEndReview(List.of(rated(2025, YEAR_END, NOT_COMPLETED),
                rated(2026, YEAR_END, NOT_COMPLETED)), List.of(new UnratedPeriod(2026, Q1, UnratedPeriod.Cause.EXEMPT),
                new UnratedPeriod(2026, Q2, UnratedPeriod.Cause.EXEMPT),
                new UnratedPeriod(2026, Q3, UnratedPeriod.Cause.EXEMPT)));
        assertThat(review.replacementAlerts()).singleElement()
                .satisfies(alert -> assertThat(alert.unratedBetween()).isEqualTo(3));
    }

    /** Seed 002 §5: a better rating after the deferred quarter ends the run as before. */
    @Test
    void betterRatingAfterADeferredQuarterRaisesNoAlert() {
        assertThat(new YearEndReview(List.of(rated(2026, Q1, NOT_COMPLETED), rated(2026, Q3, COMPLETED)),
                List.of(new UnratedPeriod(2026, Q2, UnratedPeriod.Cause.DEFERRED))).replacementAlerts()).isEmpty();
    }

    /** Quarter IV is rated with the year (seed 000 §I.2.2): only quarters I–III are deferred or exempted. */
    @Test
    void yearEndCannotBeMarkedUnrated() {
        assertThatThrownBy(() -> new UnratedPeriod(2026, YEAR_END, UnratedPeriod.Cause.DEFERRED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter IV");
    }

    @Test
    void quarterRatedAndMarkedDeferredIsRefused() {
        assertThatThrownBy(() -> new YearEndReview(List.of(rated(2026, Q2, GOOD)),
                List.of(new UnratedPeriod(2026, Q2, UnratedPeriod.Cause.DEFERRED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both rated and marked");
    }

    /** A period with neither a rating nor a marker (not yet rated, or unknown) breaks the run. */
    @Test
    void missingPeriodBreaksTheRun() {
        assertThat(review(rated(2026, Q1, NOT_COMPLETED), rated(2026, Q3, NOT_COMPLETED)).replacementAlerts())
                .isEmpty();
    }

    @Test
    void longerRunIsOneAlert() {
        List<ReplacementAlert> alerts = review(rated(2026, Q2, NOT_COMPLETED), rated(2026, Q1, NOT_COMPLETED),
                rated(2026, Q3, NOT_COMPLETED)).replacementAlerts();
        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.periods()).isEqualTo(3));
    }

    @Test
    void periodRatedTwiceIsRefused() {
        assertThatThrownBy(() -> review(rated(2026, Q1, GOOD), rated(2026, Q1, COMPLETED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PeriodRating rated(int year, RatedPeriod period, RatingLevel level) {
        return PeriodRating.of(year, period, level);
    }

    private static YearEndReview review(PeriodRating... ratings) {
        return new YearEndReview(List.of(ratings));
    }

    private static YearEndCandidate candidate(String name, YearEndReview review) {
        return new YearEndCandidate(name, name, review);
    }
}
