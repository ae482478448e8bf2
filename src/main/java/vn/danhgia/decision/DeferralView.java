package vn.danhgia.decision;

import java.time.Instant;

/**
 * A cadre's quarter marked as deferred (hoãn đánh giá, xếp loại quý; seed 002 §7 d), or a mark since withdrawn.
 *
 * @param detected    the mark confirmed a suggestion read from the cadre's appointments
 * @param carriedInto the rated period whose rating takes up this quarter's results ("xem xét sang quý tiếp theo"):
 *                    the next quarter, or the year-end rating after quarter III, later still when that one is also
 *                    deferred
 */
public record DeferralView(long id, long version, int year, int quarter, DeferralKind kind, String note,
                           boolean detected, String markedBy, Instant markedAt, String withdrawnBy,
                           Instant withdrawnAt, String withdrawalNote, PeriodRef carriedInto) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
