package vn.danhgia.reporting.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Mẫu 01, the cadre's quarterly work plan (seed 002 §4 Bước 1). Whoever may open the plan may print it: the plan is
 * read through {@link PlanningService#get}, which applies the management scope (the cadre, their unit's leadership,
 * the personnel office serving the unit, the authority) and answers anyone else as if the plan did not exist. The
 * tasks are the plan's own and those of its approved amendments.
 */
@Service
public class WorkPlanForms {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PlanningService planning;
    private final SchemeCatalog schemes;
    private final CadreParticularsSql particulars;
    private final FormHeaders headers;
    private final MessageSource messages;
    private final Clock clock;

    WorkPlanForms(PlanningService planning, SchemeCatalog schemes, CadreParticularsSql particulars,
                  FormHeaders headers, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.planning = planning;
        this.schemes = schemes;
        this.particulars = particulars;
        this.headers = headers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FormDocument mau01(long planId) {
        WorkPlanView plan = planning.get(planId);
        EvaluationSchemeView scheme = schemes.byCode(plan.schemeCode()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate dated = plan.submittedAt() == null ? today : plan.submittedAt().atZone(clock.getZone()).toLocalDate();
        CadreParticulars cadre = particulars.of(plan.cadre(), dated);
        WorkPlanForm form = new WorkPlanForm(headers.of(cadre.workUnit(), dated),
                text("forms.quarter", plan.quarter().number(), plan.quarter().year()), cadre,
                scheme.criteriaGroups(),
                taskRows(plan, scheme), status(plan));
        return new FormDocument("mau-01", "mau-01-" + plan.quarter().key() + "-" + planId, form);
    }

    private List<WorkPlanForm.TaskRow> taskRows(WorkPlanView plan, EvaluationSchemeView scheme) {
        Set<Integer> approvedAmendments = plan.amendments().stream()
                .filter(amendment -> amendment.status() == PlanStatus.APPROVED)
                .map(WorkPlanView.Amendment::number).collect(Collectors.toSet());
        List<WorkPlanForm.TaskRow> rows = new ArrayList<>();
        for (AxisDefinition axis : scheme.axes()) {
            rows.add(WorkPlanForm.TaskRow.ofAxis(String.valueOf(axis.number()),
                    text("forms.axis", axis.title(), axis.number())));
            int number = 0;
            for (WorkPlanView.Task task : plan.tasksOfAxis(axis.number())) {
                if (task.amendmentNumber() == 0 || approvedAmendments.contains(task.amendmentNumber())) {
                    number++;
                    rows.add(new WorkPlanForm.TaskRow(false, axis.number() + "." + number, task.title(),
                            task.productType() == null ? "" : task.productType(),
                            FormFigures.number(task.plannedQuantity()), FormFigures.date(task.deadline()),
                            FormFigures.number(task.coefficient())));
                }
            }
        }
        return rows;
    }

    private String status(WorkPlanView plan) {
        if (plan.status() == PlanStatus.APPROVED && plan.decidedAt() != null) {
            return text("forms.mau-01.approved", FormFigures.date(plan.decidedAt().atZone(clock.getZone()).toLocalDate()));
        }
        return text("planning.status." + plan.status());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
