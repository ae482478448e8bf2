package vn.danhgia.planning.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.ApprovedPlan;
import vn.danhgia.planning.PlanQueries;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.scheme.Quarter;

@Service
@Transactional(readOnly = true)
class JpaPlanQueries implements PlanQueries {

    private final WorkPlanRepository plans;

    JpaPlanQueries(WorkPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<ApprovedPlan> approvedPlan(CadreId cadre, Quarter quarter) {
        return plans.findByCadreAndQuarter(cadre.value(), quarter.year(), quarter.number())
                .filter(plan -> plan.status() == PlanStatus.APPROVED)
                .map(plan -> new ApprovedPlan(plan.getId(), cadre, quarter, plan.schemeCode(), plan.axisMaxPoints(),
                        plan.tasksInForce().stream().map(WorkPlanTask::view).toList()));
    }
}
