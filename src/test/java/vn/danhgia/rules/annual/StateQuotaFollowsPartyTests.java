package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.QuotaBase;

/**
 * Nghị định 48/2023 (DOMAIN-annual §3 "Quota (NĐ 48): the share of HTXS may not exceed the Party's HTXS share for
 * party members"), and seed 002 §6.1: "Tỷ lệ cá nhân xếp loại 'Hoàn thành xuất sắc nhiệm vụ' … được thực hiện theo quy
 * định của Bộ Chính trị". The state bases under Nghị định 90 take their quota from the party basis of the same year.
 */
class StateQuotaFollowsPartyTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2030})
    void publicEmployeesAndWorkersShareThePartysQuotaOfTheYear(int year) {
        AnnualThresholds party = AnnualLegalBasis.forYear(year, SubjectTrack.PARTY_MEMBER).thresholds();
        for (SubjectTrack track : new SubjectTrack[] {SubjectTrack.PUBLIC_EMPLOYEE, SubjectTrack.WORKER}) {
            AnnualThresholds state = AnnualLegalBasis.forYear(year, track).thresholds();
            assertThat(state.excellentQuotaShare()).isEqualByComparingTo(party.excellentQuotaShare());
            assertThat(state.quotaBase()).isEqualTo(party.quotaBase());
            assertThat(state.quotaRounding()).isEqualTo(party.quotaRounding());
        }
    }

    @Test
    void aSchemeThatChangesThePartysQuotaChangesThePublicEmployeesQuotaWithIt() {
        AnnualThresholds party = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER).thresholds()
                .withQuota(new BigDecimal("0.15"), QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.DOWN);
        AnnualLegalBasis employees = AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE).withPartyQuota(party);
        assertThat(employees.thresholds().excellentQuotaShare()).isEqualByComparingTo("0.15");
        assertThat(employees.thresholds().quotaRounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(AnnualExcellentQuota.places(10, employees.thresholds())).isEqualTo(1);
        assertThat(AnnualExcellentQuota.places(10, AnnualLegalBasis.forYear(2026, SubjectTrack.PUBLIC_EMPLOYEE)
                .thresholds())).isEqualTo(2);
        // Nghị định 335/2025 sets its own quota for công chức from 2026, so it does not follow.
        assertThat(AnnualLegalBasis.forYear(2026, SubjectTrack.CIVIL_SERVANT).code())
                .isEqualTo(AnnualLegalBasis.ND_335_2025);
    }
}
