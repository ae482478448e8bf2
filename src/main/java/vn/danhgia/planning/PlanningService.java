package vn.danhgia.planning;

import java.util.List;
import java.util.Optional;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.scheme.Quarter;

/**
 * Quarterly work plans (seed 002 §4 Bước 1, Mẫu 01) for the signed-in person. The cadre drafts and submits their own
 * plan by the scheme's plan deadline; the unit's leadership (or the authority) approves or returns it; tasks that
 * arise later come as amendments approved the same way. Reading needs the plan's cadre in the person's scope
 * ({@link vn.danhgia.platform.RecordNotFoundException} otherwise); every change is in the audit trail and carries the
 * version the person edited.
 */
public interface PlanningService {

    /** Opens (or returns) the signed-in cadre's plan for the quarter, with the scheme's default axis weights. */
    WorkPlanView open(Quarter quarter);

    WorkPlanView get(long planId);

    Optional<WorkPlanView> mine(Quarter quarter);

    List<PlanSummary> myPlans();

    /** Submitted plans and amendments the signed-in person may approve, oldest submission first. */
    List<PlanSummary> awaitingMyDecision();

    /** The approved catalogue items the plan's cadre may pick from (their units' and the units above). */
    List<CatalogItemView> catalogueFor(long planId);

    WorkPlanView saveDraft(long planId, long expectedVersion, PlanDraft draft);

    WorkPlanView submit(long planId, long expectedVersion);

    WorkPlanView approve(long planId, long expectedVersion, String note);

    WorkPlanView returnForRevision(long planId, long expectedVersion, String note);

    WorkPlanView proposeAmendment(long planId, long expectedVersion, String reason, List<PlanTaskInput> tasks);

    WorkPlanView approveAmendment(long planId, long amendmentId, long expectedVersion, String note);

    WorkPlanView returnAmendment(long planId, long amendmentId, long expectedVersion, String note);
}
