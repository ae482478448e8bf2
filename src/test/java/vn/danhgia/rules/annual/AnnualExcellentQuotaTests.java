package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.quota.QuotaAllowance;
import vn.danhgia.rules.quota.QuotaGroup;

/** The year's EXCELLENT quota: 20 % of those rated GOOD or above per peer group (DOMAIN-annual §1 "Cap", §5.1). */
class AnnualExcellentQuotaTests {

    private static final AnnualThresholds SHIPPED = AnnualLegalBasis.PARTY_QD_366;
    private static final AnnualThresholds ROUNDED_DOWN = SHIPPED.withQuota(new BigDecimal("0.20"),
            QuotaBase.GOOD_OR_BETTER_POOL, RoundingMode.DOWN);

    @ParameterizedTest(name = "{0} GOOD or above → {1} half-up, {2} rounded down")
    @CsvSource({"0, 0, 0", "2, 0, 0", "3, 1, 0", "5, 1, 1", "12, 2, 2", "13, 3, 2", "23, 5, 4", "100, 20, 20"})
    void twentyPercentOfThoseRatedGoodOrAbove(int goodOrAbove, int halfUp, int down) {
        // Seed 002 §6.1 "từ 0,5 trở lên làm tròn lên 1" (shipped); DOMAIN-annual §5.1 keeps the rounding a setting.
        assertThat(AnnualExcellentQuota.places(goodOrAbove, SHIPPED)).isEqualTo(halfUp);
        assertThat(AnnualExcellentQuota.places(goodOrAbove, ROUNDED_DOWN)).isEqualTo(down);
    }

    @Test
    void theReasonSaysHowItWasRounded() {
        QuotaAllowance down = AnnualExcellentQuota.allowance(QuotaGroup.peerGroup(13), ROUNDED_DOWN);
        assertThat(down.reasons()).extracting(RatingReason::code).containsExactly("quota-places-rounded-down");
        assertThat(down.exact()).isEqualByComparingTo("2.6");
        QuotaAllowance halfUp = AnnualExcellentQuota.allowance(QuotaGroup.peerGroup(13), SHIPPED);
        assertThat(halfUp.reasons()).extracting(RatingReason::code).containsExactly("quota-places");
    }

    @Test
    void theBaseMayBeThoseFinallyGood() {
        // DOMAIN-annual §5.1: the base with or without the EXCELLENT people is a setting.
        AnnualThresholds finallyGood = SHIPPED.withQuota(new BigDecimal("0.20"), QuotaBase.FINALLY_GOOD,
                RoundingMode.HALF_UP);
        assertThat(AnnualExcellentQuota.places(12, finallyGood)).isEqualTo(2);
        assertThat(AnnualExcellentQuota.places(13, finallyGood)).isLessThanOrEqualTo(AnnualExcellentQuota.places(13,
                SHIPPED));
    }
}
