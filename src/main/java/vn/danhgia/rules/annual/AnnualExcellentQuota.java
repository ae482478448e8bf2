package vn.danhgia.rules.annual;

import java.util.List;
import vn.danhgia.rules.quota.ExcellentQuota;
import vn.danhgia.rules.quota.QuotaAllowance;
import vn.danhgia.rules.quota.QuotaGroup;
import vn.danhgia.rules.yearend.YearEndCandidate;
import vn.danhgia.rules.yearend.YearEndPreference;
import vn.danhgia.rules.yearend.YearEndReview;

/**
 * The year's EXCELLENT quota: at most 20 % of those rated GOOD or above per peer group (QĐ 366 Điều 11 via
 * DOMAIN-annual §1 "Cap"; NĐ 335 for công chức), with the base, share and rounding as the basis's settings
 * (DOMAIN-annual §5.1). The places come from the quarterly {@link ExcellentQuota}; who comes first among the
 * eligible from {@link YearEndReview#preferForExcellent} (seed 002 §5: more quarters proposed EXCELLENT first).
 */
public final class AnnualExcellentQuota {

    private AnnualExcellentQuota() {
    }

    public static QuotaAllowance allowance(QuotaGroup group, AnnualThresholds thresholds) {
        return ExcellentQuota.allowance(group, thresholds.ratingRules(), thresholds.quotaRounding());
    }

    /** The places for a peer group of {@code goodOrAbove} people qualifying for GOOD or better. */
    public static int places(int goodOrAbove, AnnualThresholds thresholds) {
        return allowance(QuotaGroup.peerGroup(goodOrAbove), thresholds).places();
    }

    /** The order of preference for the places (seed 002 §5). */
    public static List<YearEndPreference> preference(int year, List<YearEndCandidate> candidates) {
        return YearEndReview.preferForExcellent(year, candidates);
    }
}
