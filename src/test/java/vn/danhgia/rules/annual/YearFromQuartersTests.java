package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.UnratedPeriod;
import vn.danhgia.rules.yearend.YearEndCandidate;
import vn.danhgia.rules.yearend.YearEndPreference;
import vn.danhgia.rules.yearend.YearEndReview;

/** The year read from its quarters (seed 002 §5, seed 000 §III.6.4, seed 002 §7 d). */
class YearFromQuartersTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    private static PeriodRating q(int year, RatedPeriod period, RatingLevel level) {
        return PeriodRating.of(year, period, level);
    }

    private AnnualSuggestion suggest(AnnualCase.YearQuarters quarters) {
        AnnualCase annualCase = AnnualRatingEngineTests.member(2026, "95").quarters(quarters).build();
        return engine.suggest(annualCase, AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER));
    }

    @Test
    void noExcellentYearAfterANotCompletedQuarter() {
        // Seed 002 §5: "có 01 quý trong năm xếp loại “Không hoàn thành nhiệm vụ” thì không xếp loại “Hoàn thành xuất sắc
        // nhiệm vụ” cả năm".
        AnnualSuggestion suggestion = suggest(AnnualCase.YearQuarters.of(new YearEndReview(List.of(
                q(2026, RatedPeriod.Q1, RatingLevel.EXCELLENT), q(2026, RatedPeriod.Q2, RatingLevel.NOT_COMPLETED),
                q(2026, RatedPeriod.Q3, RatingLevel.EXCELLENT)))));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggestion.hasReason("year-quarter-not-completed")).isTrue();
    }

    @Test
    void lastYearsQuartersDoNotCount() {
        AnnualSuggestion suggestion = suggest(AnnualCase.YearQuarters.of(new YearEndReview(List.of(
                q(2025, RatedPeriod.Q3, RatingLevel.NOT_COMPLETED), q(2026, RatedPeriod.Q1, RatingLevel.GOOD)))));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void quarterFourResultsAreCounted() {
        // Seed 000 §III.6.4: "Kết quả đánh giá, xếp loại quý I, II, III và kết quả thực hiện nhiệm vụ quý IV là cơ sở".
        AnnualSuggestion suggestion = suggest(new AnnualCase.YearQuarters(new YearEndReview(List.of(
                q(2026, RatedPeriod.Q1, RatingLevel.EXCELLENT))), RatingLevel.NOT_COMPLETED));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggestion.hasReason("annual-q4-not-completed")).isTrue();
        assertThat(suggest(new AnnualCase.YearQuarters(new YearEndReview(List.of()), RatingLevel.GOOD)).level())
                .isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void deferredQuartersAreCarriedIntoTheYear() {
        // Seed 002 §7 d: "kết quả thực hiện nhiệm vụ … sẽ được xem xét sang quý tiếp theo"; the year weighs them.
        YearEndReview review = new YearEndReview(List.of(q(2026, RatedPeriod.Q1, RatingLevel.GOOD),
                q(2026, RatedPeriod.Q3, RatingLevel.GOOD)),
                List.of(new UnratedPeriod(2026, RatedPeriod.Q2, UnratedPeriod.Cause.DEFERRED)));
        AnnualSuggestion suggestion = suggest(AnnualCase.YearQuarters.of(review));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(suggestion.reasons()).filteredOn(reason -> reason.code().equals("annual-deferred-carried"))
                .singleElement().satisfies(reason -> {
                    assertThat(reason.arguments()).containsEntry("quarters", "1");
                    assertThat(reason.informs()).isTrue();
                });
        // An exempted quarter (seed 002 §3.3) is not deferred: nothing is carried.
        YearEndReview exempt = new YearEndReview(List.of(),
                List.of(new UnratedPeriod(2026, RatedPeriod.Q2, UnratedPeriod.Cause.EXEMPT)));
        assertThat(suggest(AnnualCase.YearQuarters.of(exempt)).hasReason("annual-deferred-carried")).isFalse();
    }

    @Test
    void aSchemeMayLetANotCompletedQuarterPass() {
        // DOMAIN-annual §5.2: whether one KHT quarter blocks an HTXS year under NĐ 335 is a setting.
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER);
        AnnualLegalBasis lenient = basis.withThresholds(basis.thresholds().withNotCompletedQuarterBlocksExcellent(false));
        AnnualCase annualCase = AnnualRatingEngineTests.member(2026, "95").quarters(AnnualCase.YearQuarters.of(
                new YearEndReview(List.of(q(2026, RatedPeriod.Q1, RatingLevel.NOT_COMPLETED))))).build();
        assertThat(engine.suggest(annualCase, basis).level()).isEqualTo(RatingLevel.GOOD);
        assertThat(engine.suggest(annualCase, lenient).level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void moreExcellentQuartersComeFirst() {
        // Seed 002 §5: "ưu tiên lựa chọn cá nhân có số quý được đề xuất xếp loại “Hoàn thành xuất sắc nhiệm vụ” nhiều hơn".
        YearEndCandidate two = new YearEndCandidate("a", "A", new YearEndReview(List.of(
                q(2026, RatedPeriod.Q1, RatingLevel.EXCELLENT), q(2026, RatedPeriod.Q2, RatingLevel.EXCELLENT))));
        YearEndCandidate one = new YearEndCandidate("b", "B", new YearEndReview(List.of(
                q(2026, RatedPeriod.Q1, RatingLevel.EXCELLENT), q(2026, RatedPeriod.Q2, RatingLevel.GOOD))));
        YearEndCandidate out = new YearEndCandidate("c", "C", new YearEndReview(List.of(
                q(2026, RatedPeriod.Q1, RatingLevel.EXCELLENT), q(2026, RatedPeriod.Q2, RatingLevel.NOT_COMPLETED))));
        List<YearEndPreference> order = AnnualExcellentQuota.preference(2026, List.of(one, out, two));
        assertThat(order).extracting(p -> p.candidate().id()).containsExactly("a", "b", "c");
        assertThat(order.get(2).eligible()).isFalse();
    }
}
