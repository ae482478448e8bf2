package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    private final PlanningService planning;
    private final SchemeCatalog schemes;
    private final CadreParticularsSql particulars;
    private final FormHeaders headers;
    private final FormTexts texts;

    WorkPlanForms(PlanningService planning, SchemeCatalog schemes, CadreParticularsSql particulars,
                  FormHeaders headers, FormTexts texts) {
        this.planning = planning;
        this.schemes = schemes;
        this.particulars = particulars;
        this.headers = headers;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public FormDocument mau01(long planId) {
        WorkPlanView plan = planning.get(planId);
        EvaluationSchemeView scheme = schemes.byCode(plan.schemeCode()).orElseThrow();
        LocalDate dated = texts.day(plan.submittedAt());
        CadreParticulars cadre = particulars.of(plan.cadre(), dated);
        WorkPlanForm form = new WorkPlanForm(headers.of(cadre.workUnit(), dated),
                texts.quarter(plan.quarter()), cadre, scheme.criteriaGroups(), taskRows(plan, scheme),
                texts.approval(plan.status() == PlanStatus.APPROVED, plan.decidedAt(),
                        "planning.status." + plan.status()));
        return new FormDocument("mau-01", "mau-01-" + plan.quarter().key() + "-" + planId, form);
    }

    private List<WorkPlanForm.TaskRow> taskRows(WorkPlanView plan, EvaluationSchemeView scheme) {
        Set<Integer> approvedAmendments = plan.amendments().stream()
                .filter(amendment -> amendment.status() == PlanStatus.APPROVED)
                .map(WorkPlanView.Amendment::number).collect(Collectors.toSet());
        List<WorkPlanForm.TaskRow> rows = new ArrayList<>();
        for (AxisDefinition axis : scheme.axes()) {
            rows.add(WorkPlanForm.TaskRow.ofAxis(String.valueOf(axis.number()),
                    texts.text("forms.axis", axis.title(), axis.number())));
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
}
