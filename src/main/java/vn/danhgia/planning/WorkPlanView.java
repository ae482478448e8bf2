package vn.danhgia.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/**
 * A work plan as the person looking at it may see it, with what they may do to it.
 *
 * @param submittedLate  submitted after the last day in time (nộp muộn, issue 12)
 * @param planDeadline   the last day the plan is in time for this cadre (seed 002: day 25 of the previous quarter's
 *                       last month, or the extension's day); null where the scheme sets none
 * @param extension      the extension granted to the cadre for this plan (gia hạn); null when none
 * @param mayExtend      whether the person looking approves the cadre's plans, and so may grant an extension
 */
public record WorkPlanView(long id, long version, CadreId cadre, String cadreName, String unitName, Quarter quarter,
                           String schemeCode, PlanStatus status, Instant submittedAt, boolean submittedLate,
                           String decidedBy, Instant decidedAt, String decisionNote, LocalDate planDeadline,
                           DeadlineExtensionView extension, Map<Integer, BigDecimal> axisMaxPoints, List<Task> tasks,
                           List<Amendment> amendments, Permissions permissions, boolean mayExtend) {

    public WorkPlanView {
        axisMaxPoints = Map.copyOf(axisMaxPoints);
        tasks = List.copyOf(tasks);
        amendments = List.copyOf(amendments);
    }

    /** A task of the plan or of one of its amendments ({@code amendmentNumber} 0 for the plan's own). */
    public record Task(long id, int axis, String title, String productType, Long catalogItemId, BigDecimal coefficient,
                      BigDecimal plannedQuantity, LocalDate deadline, int amendmentNumber) {

        public boolean free() {
            return catalogItemId == null;
        }
    }

    public record Amendment(long id, int number, String reason, PlanStatus status, Instant submittedAt,
                            String decidedBy, Instant decidedAt, String decisionNote) {
    }

    public record Permissions(boolean edit, boolean submit, boolean decide, boolean amend, boolean decideAmendment) {
    }

    public List<Task> tasksOfAxis(int axis) {
        return tasks.stream().filter(task -> task.axis() == axis).toList();
    }
}
