package vn.danhgia.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AwaitingAppraisal;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.RatedQuartersTodo;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The appraisal's share of the to-do list (seed 002 §4 Bước 3): the personnel office's self-assessments to appraise,
 * read from the service behind the appraisal page so nobody sees more than that page shows them, in the rated
 * quarters of the last year ({@link RatedQuartersTodo}).
 */
@Component
class AppraisalTodo extends RatedQuartersTodo {

    private final AppraisalService appraisals;

    AppraisalTodo(AppraisalService appraisals, SchemeCatalog schemes, Clock clock) {
        super(schemes, clock);
        this.appraisals = appraisals;
    }

    @Override
    protected boolean concerns(Actor actor) {
        return actor.has(Role.PERSONNEL_OFFICER);
    }

    @Override
    protected List<WorkItem> openWork(Actor actor, LocalDate today, List<Quarter> rated, QuarterSchemes schemes) {
        return toAppraise(rated, schemes);
    }

    private List<WorkItem> toAppraise(List<Quarter> rated, QuarterSchemes schemes) {
        return appraisals.awaiting().stream().filter(awaiting -> rated.contains(awaiting.quarter()))
                .map((AwaitingAppraisal awaiting) -> new WorkItem("review.todo.appraise", awaiting.cadreName(),
                        awaiting.quarter().year(), awaiting.quarter().number(),
                        schemes.lastDayInTime(DeadlineStep.APPRAISAL, awaiting.quarter()),
                        awaiting.appraisalId() == null ? "/review/appraisals"
                                : "/review/appraisals/" + awaiting.appraisalId()))
                .toList();
    }
}
