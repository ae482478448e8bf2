package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RuleSource;

/** Which national text rates which subject in which year (issue 13 §5; DOMAIN-annual "Rate each period"). */
class AnnualLegalBasisTests {

    @ParameterizedTest(name = "{1} {0} → {2}")
    @CsvSource({
            // Seeds 003/004 rate 2023 under QĐ 124 (seed 004 §IV "Điều 12, Quy định 124"); QĐ 366 from the 2025 review.
            "2023, PARTY_MEMBER, QD-124-2023",
            "2024, PARTY_MEMBER, QD-124-2023",
            "2025, PARTY_MEMBER, QD-366-2025",
            "2026, PARTY_MEMBER, QD-366-2025",
            "2023, PARTY_ORGANISATION, QD-124-2023",
            "2026, LEADERSHIP_COLLECTIVE, QD-366-2025",
            // NĐ 335/2025 in force 01/01/2026 for công chức; NĐ 90 + 48 until then and still for viên chức.
            "2023, CIVIL_SERVANT, ND-90-2020",
            "2025, CIVIL_SERVANT, ND-90-2020",
            "2026, CIVIL_SERVANT, ND-335-2025",
            "2023, PUBLIC_EMPLOYEE, ND-90-2020",
            "2026, PUBLIC_EMPLOYEE, ND-90-2020",
            "2026, WORKER, ND-90-2020"
    })
    void basisByYearAndTrack(int year, SubjectTrack track, String code) {
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(year, track);
        assertThat(basis.code()).isEqualTo(code);
        assertThat(basis.track()).isEqualTo(track);
        assertThat(basis.citationKey()).startsWith("rule.source.");
    }

    @Test
    void partyBasesDifferInMethodAndBeyondShare() {
        // QĐ 124 has no points scale; QĐ 366 Điều 11 bands ≥ 90/70/50 with ≥ 30 % beyond requirement.
        AnnualThresholds old = AnnualLegalBasis.forYear(2023, SubjectTrack.PARTY_MEMBER).thresholds();
        AnnualThresholds now = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER).thresholds();
        assertThat(old.method()).isEqualTo(RatingMethod.CONDITIONS_ONLY);
        assertThat(now.method()).isEqualTo(RatingMethod.BANDS_AND_CONDITIONS);
        assertThat(now.excellentMinBeyondShare()).isEqualByComparingTo("0.30");
        assertThat(now.shortcomingsRemediedForExcellent()).isTrue();
        assertThat(AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER).source())
                .isEqualTo(RuleSource.QD_366_ARTICLE_11);
    }

    @Test
    void publicEmployeesNeedHalfTheirTasksBeyondRequirement() {
        // NĐ 90/2020: viên chức HTXS needs ≥ 50 % of tasks beyond requirement; managers ≥ 70 % of units GOOD+.
        AnnualThresholds nd90 = AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE).thresholds();
        assertThat(nd90.method()).isEqualTo(RatingMethod.CONDITIONS_ONLY);
        assertThat(nd90.excellentMinBeyondShare()).isEqualByComparingTo("0.50");
        assertThat(nd90.managedUnitsMinGoodShare()).isEqualByComparingTo("0.70");
    }

    @Test
    void civilServantsFrom2026AreRatedOnPointsOnly() {
        // NĐ 335/2025: 30 general + 70 result points; bands and vetoes decide.
        AnnualThresholds nd335 = AnnualLegalBasis.forYear(2026, SubjectTrack.CIVIL_SERVANT).thresholds();
        assertThat(nd335.method()).isEqualTo(RatingMethod.BANDS_AND_CONDITIONS);
        assertThat(nd335.taskConditions()).isFalse();
    }

    @Test
    void aSchemeOverridesTheFigures() {
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER);
        AnnualLegalBasis scheme = basis.withThresholds(basis.thresholds()
                .withExcellentMinBeyondShare(new BigDecimal("0.40")));
        assertThat(scheme.code()).isEqualTo("QD-366-2025");
        assertThat(scheme.thresholds().excellentMinBeyondShare()).isEqualByComparingTo("0.40");
        assertThat(AnnualLegalBasis.PARTY_QD_366.excellentMinBeyondShare()).isEqualByComparingTo("0.30");
    }
}
