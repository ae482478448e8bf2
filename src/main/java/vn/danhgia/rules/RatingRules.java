package vn.danhgia.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the rating rules that vary between issuing bodies; an evaluation scheme supplies them.
 * {@link #defaults()} are the seeds' values.
 *
 * @param method                   bands and conditions, or conditions only
 * @param excellentMinPoints       EXCELLENT from this total (Quy định 366 Điều 11: 90)
 * @param goodMinPoints            GOOD from this total (70)
 * @param completedMinPoints       COMPLETED from this total (50); below is NOT_COMPLETED
 * @param excellentMinBeyondShare  share of tasks beyond requirement needed for EXCELLENT (seed 000 §III.3.1: 30 %)
 * @param completedMaxLateShare    share of late tasks still allowed for COMPLETED (seed 000 §III.3.3: 20 %)
 * @param beyondFactorAbove        a done task is beyond requirement when its quality or timeliness factor is above
 *                                 this (seed 002 Phụ lục 2 §2(i): beyond-plan work is recorded in those factors)
 * @param shortfallFactorBelow     a timeliness factor below this is late; a quality factor below it needs rework
 * @param collectiveMinCompletion  a collective below this share of its targets fails its head (seed 002 §6.3: 70 %)
 * @param excellentQuotaShare      EXCELLENT places per GOOD-qualified person (seed 000 §III.3.1: 20 %)
 * @param smallUnitLimit           a unit with fewer leaders than this, all GOOD, may have one EXCELLENT (5)
 * @param quotaBase                what the quota share counts
 */
public record RatingRules(RatingMethod method, BigDecimal excellentMinPoints, BigDecimal goodMinPoints,
                          BigDecimal completedMinPoints, BigDecimal excellentMinBeyondShare,
                          BigDecimal completedMaxLateShare, BigDecimal beyondFactorAbove,
                          BigDecimal shortfallFactorBelow, BigDecimal collectiveMinCompletion,
                          BigDecimal excellentQuotaShare, int smallUnitLimit, QuotaBase quotaBase) {

    public RatingRules {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(excellentMinPoints, "excellentMinPoints");
        Objects.requireNonNull(goodMinPoints, "goodMinPoints");
        Objects.requireNonNull(completedMinPoints, "completedMinPoints");
        Objects.requireNonNull(excellentMinBeyondShare, "excellentMinBeyondShare");
        Objects.requireNonNull(completedMaxLateShare, "completedMaxLateShare");
        Objects.requireNonNull(beyondFactorAbove, "beyondFactorAbove");
        Objects.requireNonNull(shortfallFactorBelow, "shortfallFactorBelow");
        Objects.requireNonNull(collectiveMinCompletion, "collectiveMinCompletion");
        Objects.requireNonNull(excellentQuotaShare, "excellentQuotaShare");
        Objects.requireNonNull(quotaBase, "quotaBase");
        if (!(excellentMinPoints.compareTo(goodMinPoints) >= 0 && goodMinPoints.compareTo(completedMinPoints) >= 0)) {
            throw new IllegalArgumentException("points bands must not overlap: "
                    + excellentMinPoints + " ≥ " + goodMinPoints + " ≥ " + completedMinPoints);
        }
    }

    /** Seed 000 §III.3, seed 002 §6, Quy định 366 Điều 11 (DOMAIN.md "Beyond the seeds"). */
    public static RatingRules defaults() {
        return new RatingRules(RatingMethod.BANDS_AND_CONDITIONS, new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("50"), new BigDecimal("0.30"), new BigDecimal("0.20"), BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("0.70"), new BigDecimal("0.20"), 5, QuotaBase.GOOD_OR_BETTER_POOL);
    }
}
