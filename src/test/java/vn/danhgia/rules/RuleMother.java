package vn.danhgia.rules;

import java.math.BigDecimal;

/** Variants of the shipped rules for tests. */
public final class RuleMother {

    private RuleMother() {
    }

    public static RatingRules conditionsOnly() {
        RatingRules d = RatingRules.defaults();
        return new RatingRules(RatingMethod.CONDITIONS_ONLY, d.excellentMinPoints(), d.goodMinPoints(),
                d.completedMinPoints(), d.excellentMinBeyondShare(), d.completedMaxLateShare(), d.beyondFactorAbove(),
                d.shortfallFactorBelow(), d.collectiveMinCompletion(), d.excellentQuotaShare(), d.smallUnitLimit(),
                d.quotaBase());
    }

    public static RatingRules withFactors(BigDecimal beyondFactorAbove, BigDecimal shortfallFactorBelow) {
        RatingRules d = RatingRules.defaults();
        return new RatingRules(d.method(), d.excellentMinPoints(), d.goodMinPoints(), d.completedMinPoints(),
                d.excellentMinBeyondShare(), d.completedMaxLateShare(), beyondFactorAbove, shortfallFactorBelow,
                d.collectiveMinCompletion(), d.excellentQuotaShare(), d.smallUnitLimit(), d.quotaBase());
    }

    public static RatingRules withQuotaBase(QuotaBase quotaBase) {
        RatingRules d = RatingRules.defaults();
        return new RatingRules(d.method(), d.excellentMinPoints(), d.goodMinPoints(), d.completedMinPoints(),
                d.excellentMinBeyondShare(), d.completedMaxLateShare(), d.beyondFactorAbove(),
                d.shortfallFactorBelow(), d.collectiveMinCompletion(), d.excellentQuotaShare(), d.smallUnitLimit(),
                quotaBase);
    }
}
