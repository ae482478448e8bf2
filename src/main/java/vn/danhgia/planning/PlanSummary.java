package vn.danhgia.planning;

import java.time.Instant;
import vn.danhgia.scheme.Quarter;

/**
 * One line of a list of plans: whose, which quarter, where it stands.
 *
 * @param version the plan's version as listed, which an approval from the list names
 */
public record PlanSummary(long id, String cadreName, String unitName, Quarter quarter, PlanStatus status,
                          Instant submittedAt, boolean amendmentWaiting, long version) {
}
