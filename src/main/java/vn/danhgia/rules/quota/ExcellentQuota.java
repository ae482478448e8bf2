package vn.danhgia.rules.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.ReasonCode;

/**
 * The EXCELLENT quota (tỷ lệ "Hoàn thành xuất sắc nhiệm vụ"):
 * <ul>
 *   <li>places = share × base rounded half-up (seed 000 §III.3.1: "không vượt quá 20% tổng số cá nhân được đánh giá,
 *       xếp loại Hoàn thành tốt nhiệm vụ"; seed 002 §6.1: "làm tròn từ 0,5 trở lên làm tròn lên 1");</li>
 *   <li>the head is outside the members' count (seed 002 §6.1: "không tính vào tỷ lệ");</li>
 *   <li>a unit with fewer than 5 leaders, all GOOD or better, may have one (seed 000 §III.3.1: "được chọn 01 … nếu đủ
 *       điều kiện"); whether someone is eligible is left to {@link ExcellentRanking};</li>
 *   <li>the base is the pool qualifying for GOOD or better, or only those finally GOOD ({@link QuotaBase}); in the
 *       latter reading the places k are the largest with k ≤ round(share × (pool − k)), since every EXCELLENT place
 *       leaves the GOOD count.</li>
 * </ul>
 */
public final class ExcellentQuota {

    private ExcellentQuota() {
    }

    public static QuotaAllowance allowance(QuotaGroup group, RatingRules rules) {
        return allowance(group, rules, RoundingMode.HALF_UP);
    }

    /**
     * The places with a scheme's own rounding: {@link RoundingMode#HALF_UP} as seed 002 §6.1, or {@link
     * RoundingMode#DOWN} where "không vượt quá 20%" is read strictly (DOMAIN-annual §5.1, a setting).
     */
    public static QuotaAllowance allowance(QuotaGroup group, RatingRules rules, RoundingMode rounding) {
        if (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.DOWN) {
            throw new IllegalArgumentException("the quota rounds half-up or down, not " + rounding);
        }
        int pool = group.qualifiedMembers();
        BigDecimal share = rules.excellentQuotaShare();
        int places = placesOf(share, pool, rounding);
        int base = pool;
        if (rules.quotaBase() == QuotaBase.FINALLY_GOOD) {
            places = 0;
            for (int k = pool; k > 0; k--) {
                if (k <= placesOf(share, pool - k, rounding)) {
                    places = k;
                    break;
                }
            }
            base = pool - places;
        }
        BigDecimal exact = share.multiply(BigDecimal.valueOf(base));
        List<RatingReason> reasons = new ArrayList<>();
        reasons.add(RatingReason.of(rounding == RoundingMode.HALF_UP ? ReasonCode.QUOTA_PLACES
                : ReasonCode.QUOTA_PLACES_ROUNDED_DOWN, null, base,
                Fraction.of(share).percent(), exact, places));
        if (places == 0 && pool > 0 && group.isSmallUnitAllGood(rules.smallUnitLimit())) {
            places = 1;
            reasons.add(RatingReason.of(ReasonCode.QUOTA_SMALL_UNIT, null, group.leadersInUnit(),
                    rules.smallUnitLimit()));
        }
        return new QuotaAllowance(places, base, exact, reasons);
    }

    /** The allowed places for a peer group under the shipped rules: 12 → 2, 13 → 3, 23 → 5. */
    public static int allowedPlaces(int qualifiedMembers, RatingRules rules) {
        return allowance(QuotaGroup.peerGroup(qualifiedMembers), rules).places();
    }

    private static int placesOf(BigDecimal share, int base, RoundingMode rounding) {
        return share.multiply(BigDecimal.valueOf(base)).setScale(0, rounding).intValueExact();
    }
}
