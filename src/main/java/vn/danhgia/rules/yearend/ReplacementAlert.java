package vn.danhgia.rules.yearend;

import vn.danhgia.rules.RatingReason;

/**
 * NOT_COMPLETED in two or more consecutive rated periods: "Thực hiện ngay việc thay thế những cán bộ có kết quả đánh
 * giá, xếp loại Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên" (seed 002 §5), raised to the authority.
 *
 * @param from    the first period of the run
 * @param to      the last period of the run
 * @param periods the length of the run
 * @param reason  the message to show
 */
public record ReplacementAlert(PeriodRating from, PeriodRating to, int periods, RatingReason reason) {

    /** Quarters inside the run marked deferred or exempted (seed 002 §7 d, §3.3), which the run carries across. */
    public int unratedBetween() {
        return unratedBetween(from, to, periods);
    }

    /** The periods from {@code from} to {@code to} that are not among the run's {@code periods} ratings. */
    static int unratedBetween(PeriodRating from, PeriodRating to, int periods) {
        return to.sequence() - from.sequence() + 1 - periods;
    }
}
