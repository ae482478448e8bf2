package vn.danhgia.decision;

import java.util.List;

/**
 * What the authority should see beside a cadre when rating a quarter.
 *
 * @param excellentAllowed false after a NOT_COMPLETED quarter of the year (seed 002 §5)
 * @param replacementAlert two or more consecutive NOT_COMPLETED periods (seed 002 §5)
 * @param carriesOver      deferred quarters whose results this quarter takes up (seed 002 §7 d)
 * @param deferral         the kind of deferral of this quarter, or {@code null}
 * @param exempt           not rated quarterly this year (seed 002 §3.3)
 */
public record RatingStanding(long cadreId, boolean excellentAllowed, boolean replacementAlert,
                             List<PeriodRef> carriesOver, DeferralKind deferral, boolean exempt) {

    public RatingStanding {
        carriesOver = List.copyOf(carriesOver);
    }
}
