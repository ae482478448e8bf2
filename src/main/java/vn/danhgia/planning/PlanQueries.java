package vn.danhgia.planning;

import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** Read access to work plans for other modules; no scope check here, callers check the person's scope first. */
public interface PlanQueries {

    Optional<ApprovedPlan> approvedPlan(CadreId cadre, Quarter quarter);
}
