package vn.danhgia.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AwaitingAppraisal;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The appraisal's share of the to-do list (seed 002 §4 Bước 3): the personnel office's self-assessments to appraise,
 * read from the service behind the appraisal page so nobody sees more than that page shows them. Only the rated
 * quarters of the last year are looked at (never a quarter the scheme does not rate).
 */
@Component
class AppraisalTodo implements TodoSource {

    /** The current quarter and the three before it. */
    private static final int QUARTERS_LOOKED_AT = 4;

    private final AppraisalService appraisals;
    private final SchemeCatalog schemes;
    private final Clock clock;

    AppraisalTodo(AppraisalService appraisals, SchemeCatalog schemes, Clock clock) {
        this.appraisals = appraisals;
        this.schemes = schemes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        if (!actor.has(Role.PERSONNEL_OFFICER)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        QuarterSchemes schemes = new QuarterSchemes(this.schemes);
        List<Quarter> rated = schemes.ratedAmongLast(QUARTERS_LOOKED_AT, today);
        List<WorkItem> work = new ArrayList<>();
        if (rated.isEmpty()) {
            return work;
        }
        work.addAll(toAppraise(rated, schemes));
        return work;
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
