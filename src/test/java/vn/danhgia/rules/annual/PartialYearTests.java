package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.TaskConditions;

/**
 * A year not worked in full (DOMAIN-annual §3, viên chức under Nghị định 90/2020: "Worked < 6 months → not rated
 * (maternity excepted); off 3–6 months → max HT", [L], so both figures are settings of the basis).
 */
class PartialYearTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    private static AnnualCase employee(int year, AnnualCase.YearPresence presence) {
        return AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, year).tasks(new TaskConditions(10, 10, 6, 0, 0))
                .presence(presence).build();
    }

    private static AnnualThresholds thresholds(int year, SubjectTrack track) {
        return AnnualLegalBasis.forYear(year, track).thresholds();
    }

    @ParameterizedTest(name = "worked {0} months, maternity {1}: rated {2}")
    @CsvSource({"12, false, true", "6, false, true", "5, false, false", "3, true, true", "0, false, false"})
    void fewerThanSixMonthsWorkedIsReviewedButNotRatedExceptAfterMaternityLeave(int worked, boolean maternity,
                                                                                boolean rated) {
        AnnualCase.YearPresence presence = new AnnualCase.YearPresence(worked, 12 - worked, maternity);
        assertThat(PartialYear.rated(presence, thresholds(2026, SubjectTrack.PUBLIC_EMPLOYEE))).isEqualTo(rated);
        assertThat(PartialYear.rated(presence, thresholds(2026, SubjectTrack.CIVIL_SERVANT))).isEqualTo(rated);
    }

    @Test
    void theEngineRefusesToRateSomeoneWhoIsNotRated() {
        AnnualCase fiveMonths = employee(2026, new AnnualCase.YearPresence(5, 7, false));
        assertThatThrownBy(() -> engine.suggest(fiveMonths,
                AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not rated");
    }

    @Test
    void threeToSixMonthsOffCapsTheLevelAtCompletedCitingNghiDinh90() {
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE);
        AnnualSuggestion full = engine.suggest(employee(2026, null), basis);
        assertThat(full.level()).isEqualTo(RatingLevel.EXCELLENT);
        AnnualSuggestion twoMonthsOff = engine.suggest(employee(2026, new AnnualCase.YearPresence(10, 2, false)),
                basis);
        assertThat(twoMonthsOff.level()).isEqualTo(RatingLevel.EXCELLENT);
        AnnualSuggestion fourMonthsOff = engine.suggest(employee(2026, new AnnualCase.YearPresence(8, 4, false)),
                basis);
        assertThat(fourMonthsOff.level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(fourMonthsOff.limitingReasons()).anySatisfy(reason -> {
            assertThat(reason.code()).isEqualTo("annual-long-absence");
            assertThat(reason.source()).isEqualTo(RuleSource.ND_90_2020);
            assertThat(reason.arguments()).containsEntry("monthsOff", "4").containsEntry("longAbsence", "3");
        });
    }

    @Test
    void maternityLeaveIsRatedOnTheTimeWorkedWithoutACap() {
        AnnualSuggestion suggestion = engine.suggest(employee(2026, new AnnualCase.YearPresence(7, 5, true)),
                AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(suggestion.hasReason("annual-maternity")).isTrue();
    }

    @Test
    void thePartyBasisAndABasisWithTheSettingsOffRateEveryone() {
        AnnualCase.YearPresence fourMonths = new AnnualCase.YearPresence(4, 8, false);
        assertThat(PartialYear.rated(fourMonths, thresholds(2026, SubjectTrack.PARTY_MEMBER))).isTrue();
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE);
        AnnualLegalBasis off = basis.withThresholds(basis.thresholds().withPartialYear(null, null));
        assertThat(engine.suggest(employee(2026, fourMonths), off).level()).isEqualTo(RatingLevel.EXCELLENT);
    }
}
