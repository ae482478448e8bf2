package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.HeadCappedByCollective;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.quarterly.CollectiveShortfall;

/** The head and the collective they head (seed 004 §VII.2; seed 002 §6.3). */
class HeadCappedByCollectiveTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    @ParameterizedTest(name = "head {0}, collective {1}, residential cell {2} → {3}")
    @CsvSource({
            "EXCELLENT, GOOD, false, GOOD",
            "EXCELLENT, NOT_COMPLETED, false, NOT_COMPLETED",
            "GOOD, EXCELLENT, false, GOOD",
            "COMPLETED, GOOD, false, COMPLETED",
            // "không áp dụng đối với các chi bộ tổ dân phố"
            "EXCELLENT, GOOD, true, EXCELLENT",
            "EXCELLENT, NOT_COMPLETED, true, EXCELLENT"
    })
    void headAboveCollectiveIsCappedExceptResidentialCell(RatingLevel head, RatingLevel collective,
                                                          boolean residentialCell, RatingLevel expected) {
        // Seed 004 §VII.2
        assertThat(HeadCappedByCollective.cap(head, collective, residentialCell)).isEqualTo(expected);
    }

    @Test
    void theEngineCapsTheHeadAndSaysWhy() {
        // Seed 004 §VII.2: a party member heading a collective rated GOOD is GOOD at most.
        AnnualCase head = AnnualRatingEngineTests.member(2026, "95")
                .headedCollective(AnnualCase.HeadedCollective.rated(RatingLevel.GOOD, false)).build();
        AnnualSuggestion suggestion = engine.suggest(head, AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggestion.limitingReasons()).extracting(RatingReason::code).containsExactly("head-above-collective");
        AnnualCase cellSecretary = head.toBuilder()
                .headedCollective(AnnualCase.HeadedCollective.rated(RatingLevel.GOOD, true)).build();
        AnnualSuggestion cell = engine.suggest(cellSecretary, AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER));
        assertThat(cell.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(cell.hasReason("head-residential-cell")).isTrue();
    }

    @Test
    void anUnratedCollectiveDoesNotCap() {
        assertThat(HeadCappedByCollective.cap(RatingLevel.EXCELLENT, null, false)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(HeadCappedByCollective.reason(null, false)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/10000 of the targets → head capped: {1}")
    @CsvSource({"6999, true", "7000, false", "10000, false", "0, true"})
    void collectiveBelowSeventyPercentFailsItsHead(int done, boolean falls) {
        // Seed 002 §6.3: a collective under 70 % of its targets makes its head NOT_COMPLETED.
        Fraction completion = Fraction.of(java.math.BigDecimal.valueOf(done), java.math.BigDecimal.valueOf(10000));
        AnnualCase head = AnnualRatingEngineTests.member(2026, "95")
                .headedCollective(new AnnualCase.HeadedCollective(null, false, completion)).build();
        RatingLevel level = engine.suggest(head, AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER)).level();
        assertThat(level).isEqualTo(falls ? RatingLevel.NOT_COMPLETED : RatingLevel.EXCELLENT);
        assertThat(CollectiveShortfall.reason(completion, new java.math.BigDecimal("0.70"), CollectiveRole.DEPUTY)
                .map(RatingReason::cap)).isEqualTo(falls ? java.util.Optional.of(RatingLevel.GOOD)
                : java.util.Optional.empty());
    }
}
