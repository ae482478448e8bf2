package vn.danhgia.rules.quota;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.rules.RatingReason;

/**
 * How many EXCELLENT places a group may fill (số suất "Hoàn thành xuất sắc nhiệm vụ") and why.
 *
 * @param places   the places allowed
 * @param base     the number the share was taken of
 * @param exact    share × base before rounding, e.g. 2.4
 * @param reasons  the quota reason, and the small-unit reason when it raised the places
 */
public record QuotaAllowance(int places, int base, BigDecimal exact, List<RatingReason> reasons) {

    public QuotaAllowance {
        reasons = List.copyOf(reasons);
    }
}
