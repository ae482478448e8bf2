package vn.danhgia.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.planning.PlanSummary;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The plans on the to-do list (seed 002 §4 Bước 1): the cadre's own plan to write for the current or the next rated
 * quarter, a draft to submit or a returned plan to fix; for the unit's leadership, the plans and amendments waiting
 * for their approval, exactly those the plans page lists. The last day is the scheme's plan deadline, or for the
 * cadre's own plan the extension granted to them.
 */
@Component
class PlanningTodo implements TodoSource {

    private final PlanningService planning;
    private final SchemeCatalog schemes;
    private final DeadlineExtensions extensions;
    private final Clock clock;

    PlanningTodo(PlanningService planning, SchemeCatalog schemes, DeadlineExtensions extensions, Clock clock) {
        this.planning = planning;
        this.schemes = schemes;
        this.extensions = extensions;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> openWork(Actor actor) {
        QuarterSchemes schemes = new QuarterSchemes(this.schemes);
        List<WorkItem> work = new ArrayList<>();
        if (actor.cadreId().isPresent()) {
            List<PlanSummary> mine = planning.myPlans();
            Quarter current = Quarter.containing(LocalDate.now(clock));
            // A draft left in a quarter long over is no longer work: the self-assessment stage has passed it.
            mine.stream().filter(plan -> plan.status().editable() && plan.quarter().compareTo(current.previous()) >= 0)
                    .forEach(plan -> work.add(new WorkItem(plan.status() == PlanStatus.RETURNED
                            ? "planning.todo.fix" : "planning.todo.submit", plan.cadreName(), plan.quarter().year(),
                            plan.quarter().number(), ownLastDay(actor, plan.quarter(), schemes), "/plans/" + plan.id())));
            Set<Quarter> planned = mine.stream().map(PlanSummary::quarter).collect(Collectors.toSet());
            for (Quarter quarter : List.of(current, current.next())) {
                if (!planned.contains(quarter) && schemes.rates(quarter)
                        && !schemes.of(quarter).orElseThrow().listsTasksDirectly(quarter)) {
                    work.add(new WorkItem("planning.todo.write", actor.displayName(), quarter.year(),
                            quarter.number(), ownLastDay(actor, quarter, schemes), "/plans"));
                }
            }
        }
        planning.awaitingMyDecision().forEach(plan -> work.add(item(plan.amendmentWaiting()
                ? "planning.todo.approveAmendment" : "planning.todo.approve", plan, "/plans/" + plan.id(), schemes)));
        return work;
    }

    /** The cadre's own last day: the scheme's, or the extension granted to them. */
    private LocalDate ownLastDay(Actor actor, Quarter quarter, QuarterSchemes schemes) {
        return extensions.deadline(new CadreId(actor.cadreId().orElseThrow()), DeadlineStep.PLAN, quarter,
                Optional.ofNullable(schemes.lastDayInTime(DeadlineStep.PLAN, quarter))).lastDayInTime().orElse(null);
    }

    private static WorkItem item(String messageKey, PlanSummary plan, String link, QuarterSchemes schemes) {
        return new WorkItem(messageKey, plan.cadreName(), plan.quarter().year(), plan.quarter().number(),
                schemes.lastDayInTime(DeadlineStep.PLAN, plan.quarter()), link);
    }
}
