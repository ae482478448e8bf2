package vn.danhgia.assessment.api;

import java.util.List;
import vn.danhgia.rules.quarterly.AxisTasks;
import vn.danhgia.rules.quarterly.GeneralCriterionResult;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/** A validated API score sheet as the engine's inputs; criteria points come from the scheme, not the caller. */
final class ScoreSheetMapping {

    private ScoreSheetMapping() {
    }

    static List<GeneralCriterionResult> criteriaOf(QuarterlyScoringRequest sheet, EvaluationSchemeView scheme) {
        return sheet.generalCriteria().stream().map(input -> new GeneralCriterionResult(input.code(),
                scheme.criteria().stream().filter(c -> c.code().equals(input.code())).findFirst()
                        .map(CriterionDefinition::maxPoints).orElseThrow(), input.met())).toList();
    }

    static List<AxisTasks> axesOf(QuarterlyScoringRequest sheet) {
        return sheet.axes().stream().map(axis -> new AxisTasks(axis.axis(), axis.maxPoints(),
                axis.tasks() == null ? List.of() : axis.tasks().stream().map(task -> new TaskResult(task.title(),
                        task.plannedQuantity(), task.coefficient(), task.doneQuantity(), task.quality(),
                        task.timeliness(), task.leadership())).toList())).toList();
    }
}
