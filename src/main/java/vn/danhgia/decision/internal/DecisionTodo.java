package vn.danhgia.decision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.RatedQuartersTodo;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The decision's share of the to-do list (seed 002 §4 Bước 5): the appraised cadres an authority decides for and has
 * not decided yet, read from the decision board so nobody sees more than the board shows them, in the rated quarters
 * of the last year ({@link RatedQuartersTodo}).
 */
@Component
class DecisionTodo extends RatedQuartersTodo {

    private final DecisionService decisions;

    DecisionTodo(DecisionService decisions, SchemeCatalog schemes, Clock clock) {
        super(schemes, clock);
        this.decisions = decisions;
    }

    @Override
    protected boolean concerns(Actor actor) {
        return actor.has(Role.AUTHORITY);
    }

    @Override
    protected List<WorkItem> openWork(Actor actor, LocalDate today, List<Quarter> rated, QuarterSchemes schemes) {
        List<WorkItem> work = new ArrayList<>();
        rated.forEach(quarter -> work.addAll(toDecide(quarter, schemes)));
        return work;
    }

    /** The decision board's appraised cadres the person decides for, not decided yet. */
    private List<WorkItem> toDecide(Quarter quarter, QuarterSchemes schemes) {
        DecisionBoard board = decisions.board(quarter);
        return board.groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.canDecide() && row.appraisalStatus() == AppraisalStatus.COMPLETED
                        && (row.rating() == null || row.rating().status() == RatingStatus.PROPOSED))
                .map(row -> new WorkItem("review.todo.decide", row.name(), quarter.year(), quarter.number(),
                        schemes.lastDayInTime(DeadlineStep.DECISION, quarter),
                        "/review/decisions?year=%d&quarter=%d".formatted(quarter.year(), quarter.number())))
                .toList();
    }
}
