package vn.danhgia.rules;

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

    /** A period without a rating (deferred under seed 002 §7) breaks the run. */
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
