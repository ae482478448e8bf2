package vn.danhgia.rules.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;

/**
 * The figures of one legal basis for the yearly rating, as data a scheme may override (the shipped values are the
 * constants of {@link AnnualLegalBasis}). A {@code null} share switches its rule off.
 *
 * @param method                           points bands and conditions, or conditions only
 * @param excellentMinPoints               EXCELLENT from this total (90)
 * @param goodMinPoints                    GOOD from this total (70)
 * @param completedMinPoints               COMPLETED from this total (50); below is NOT_COMPLETED
 * @param taskConditions                   whether the task shares are checked besides the points (QĐ 366, NĐ 90);
 *                                         false where the points already carry them (NĐ 335: 70 result points)
 * @param excellentMinBeyondShare          tasks beyond requirement needed for EXCELLENT (30 %; 50 % for NĐ 90)
 * @param completedMaxLateShare            tasks behind schedule still allowed for COMPLETED (20 %)
 * @param managedUnitsMinGoodShare         a manager's EXCELLENT/GOOD needs every managed unit COMPLETED or above and
 *                                         at least this share GOOD or above (NĐ 90 viên chức: 70 %); null: not used
 * @param collectiveMinCompletion          a collective below this share of its targets fails its head (70 %)
 * @param subordinatesMaxNotCompletedShare a collective whose subordinate units or members are NOT_COMPLETED above
 *                                         this share is NOT_COMPLETED (DOMAIN-annual §2, [L]: 20 %); null: off
 * @param subordinateBodiesMinGoodShare    a party organisation's EXCELLENT needs every subordinate party
 *                                         organisation COMPLETED or above, at least this share of them GOOD or above,
 *                                         and the same-level government and mass organisations GOOD or above
 *                                         (Hướng dẫn 16-HD/BTCTW, DOMAIN-annual §2, [M]: 80 %); null: off
 * @param minMonthsWorked                  fewer months worked in the year: reviewed but not rated, maternity leave
 *                                         excepted (NĐ 90/2020, DOMAIN-annual §3, [L]: 6); null: off
 * @param longAbsenceMonths                this many months off or more (below {@code minMonthsWorked} off) caps the
 *                                         level at COMPLETED (NĐ 90/2020, DOMAIN-annual §3, [L]: 3); null: off
 * @param shortcomingsRemediedForExcellent EXCELLENT needs the shortcomings pointed out earlier remedied (QĐ 366)
 * @param notCompletedQuarterBlocksExcellent one NOT_COMPLETED quarter rules out EXCELLENT for the year (seed 002 §5)
 * @param excellentQuotaShare              EXCELLENT places per GOOD-or-above person of a peer group (20 %)
 * @param quotaBase                        what the quota share counts (DOMAIN-annual §5.1)
 * @param quotaRounding                    HALF_UP (seed 002 §6.1) or DOWN
 */
public record AnnualThresholds(RatingMethod method, BigDecimal excellentMinPoints, BigDecimal goodMinPoints,
                               BigDecimal completedMinPoints, boolean taskConditions,
                               BigDecimal excellentMinBeyondShare, BigDecimal completedMaxLateShare,
                               BigDecimal managedUnitsMinGoodShare, BigDecimal collectiveMinCompletion,
                               BigDecimal subordinatesMaxNotCompletedShare, BigDecimal subordinateBodiesMinGoodShare,
                               Integer minMonthsWorked, Integer longAbsenceMonths,
                               boolean shortcomingsRemediedForExcellent,
                               boolean notCompletedQuarterBlocksExcellent, BigDecimal excellentQuotaShare,
                               QuotaBase quotaBase, RoundingMode quotaRounding) {

    public AnnualThresholds {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(excellentMinPoints, "excellentMinPoints");
        Objects.requireNonNull(goodMinPoints, "goodMinPoints");
        Objects.requireNonNull(completedMinPoints, "completedMinPoints");
        Objects.requireNonNull(excellentMinBeyondShare, "excellentMinBeyondShare");
        Objects.requireNonNull(completedMaxLateShare, "completedMaxLateShare");
        Objects.requireNonNull(collectiveMinCompletion, "collectiveMinCompletion");
        Objects.requireNonNull(excellentQuotaShare, "excellentQuotaShare");
        Objects.requireNonNull(quotaBase, "quotaBase");
        Objects.requireNonNull(quotaRounding, "quotaRounding");
        if (method == RatingMethod.CONDITIONS_ONLY && !taskConditions) {
            throw new IllegalArgumentException("a conditions-only basis must check the task conditions");
        }
        if (quotaRounding != RoundingMode.HALF_UP && quotaRounding != RoundingMode.DOWN) {
            throw new IllegalArgumentException("the quota rounds half-up or down, not " + quotaRounding);
        }
        if (minMonthsWorked != null && (minMonthsWorked < 1 || minMonthsWorked > 12)
                || longAbsenceMonths != null && (longAbsenceMonths < 1 || longAbsenceMonths > 12)) {
            throw new IllegalArgumentException("months must be between 1 and 12: worked " + minMonthsWorked
                    + ", absence " + longAbsenceMonths);
        }
        if (!(excellentMinPoints.compareTo(goodMinPoints) >= 0 && goodMinPoints.compareTo(completedMinPoints) >= 0)) {
            throw new IllegalArgumentException("points bands must not overlap: "
                    + excellentMinPoints + " ≥ " + goodMinPoints + " ≥ " + completedMinPoints);
        }
    }

    /** The same figures as the quarterly {@link RatingRules}, so the task conditions and the quota are reused. */
    public RatingRules ratingRules() {
        RatingRules defaults = RatingRules.defaults();
        return new RatingRules(method, excellentMinPoints, goodMinPoints, completedMinPoints, excellentMinBeyondShare,
                completedMaxLateShare, defaults.beyondFactorAbove(), defaults.shortfallFactorBelow(),
                collectiveMinCompletion, excellentQuotaShare, defaults.smallUnitLimit(), quotaBase);
    }

    public AnnualThresholds withExcellentMinBeyondShare(BigDecimal share) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                share, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                subordinatesMaxNotCompletedShare, subordinateBodiesMinGoodShare, minMonthsWorked, longAbsenceMonths,
                shortcomingsRemediedForExcellent, notCompletedQuarterBlocksExcellent, excellentQuotaShare, quotaBase,
                quotaRounding);
    }

    public AnnualThresholds withQuota(BigDecimal share, QuotaBase base, RoundingMode rounding) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                excellentMinBeyondShare, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                subordinatesMaxNotCompletedShare, subordinateBodiesMinGoodShare, minMonthsWorked, longAbsenceMonths,
                shortcomingsRemediedForExcellent, notCompletedQuarterBlocksExcellent, share, base, rounding);
    }

    public AnnualThresholds withNotCompletedQuarterBlocksExcellent(boolean blocks) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                excellentMinBeyondShare, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                subordinatesMaxNotCompletedShare, subordinateBodiesMinGoodShare, minMonthsWorked, longAbsenceMonths,
                shortcomingsRemediedForExcellent, blocks, excellentQuotaShare, quotaBase, quotaRounding);
    }

    public AnnualThresholds withSubordinatesMaxNotCompletedShare(BigDecimal share) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                excellentMinBeyondShare, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                share, subordinateBodiesMinGoodShare, minMonthsWorked, longAbsenceMonths,
                shortcomingsRemediedForExcellent, notCompletedQuarterBlocksExcellent, excellentQuotaShare,
                quotaBase, quotaRounding);
    }

    public AnnualThresholds withSubordinateBodiesMinGoodShare(BigDecimal share) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                excellentMinBeyondShare, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                subordinatesMaxNotCompletedShare, share, minMonthsWorked, longAbsenceMonths,
                shortcomingsRemediedForExcellent, notCompletedQuarterBlocksExcellent, excellentQuotaShare,
                quotaBase, quotaRounding);
    }

    public AnnualThresholds withPartialYear(Integer minMonths, Integer longAbsence) {
        return new AnnualThresholds(method, excellentMinPoints, goodMinPoints, completedMinPoints, taskConditions,
                excellentMinBeyondShare, completedMaxLateShare, managedUnitsMinGoodShare, collectiveMinCompletion,
                subordinatesMaxNotCompletedShare, subordinateBodiesMinGoodShare, minMonths, longAbsence,
                shortcomingsRemediedForExcellent, notCompletedQuarterBlocksExcellent, excellentQuotaShare,
                quotaBase, quotaRounding);
    }
}
