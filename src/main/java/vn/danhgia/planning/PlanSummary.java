package vn.danhgia.planning;

import java.time.Instant;
import vn.danhgia.scheme.Quarter;

/** One line of a list of plans: whose, which quarter, where it stands. */
public record PlanSummary(long id, String cadreName, String unitName, Quarter quarter, PlanStatus status,
                          Instant submittedAt, boolean amendmentWaiting) {
}
