package vn.danhgia.assessment.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.assessment.api.QuarterlyScoringRequest.AxisInput;
import vn.danhgia.assessment.api.QuarterlyScoringRequest.CriterionInput;
import vn.danhgia.assessment.api.QuarterlyScoringRequest.TaskInput;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * Checks a score sheet against the scheme before it is scored, collecting every broken rule with the field's path.
 * Bounds on size and precision keep one request from costing unbounded time: no real sheet needs more.
 */
class QuarterlyScoringRequestValidator {

    static final int MAX_TASKS_PER_AXIS = 500;
    static final int MAX_DECIMALS = 6;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final BigDecimal MAX_FACTOR = new BigDecimal("100");

    List<FieldViolation> validate(QuarterlyScoringRequest request, EvaluationSchemeView scheme) {
        List<FieldViolation> violations = new ArrayList<>();
        validateCriteria(request.generalCriteria(), scheme, violations);
        validateAxes(request.axes(), scheme, violations);
        return violations;
    }

    private void validateCriteria(List<CriterionInput> criteria, EvaluationSchemeView scheme,
                                  List<FieldViolation> violations) {
        if (criteria == null) {
            violations.add(FieldViolation.of("generalCriteria", "api.validation.required"));
            return;
        }
        Set<String> known = new LinkedHashSet<>(scheme.criteria().stream().map(CriterionDefinition::code).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            String field = "generalCriteria[" + i + "]";
            CriterionInput criterion = criteria.get(i);
            if (criterion == null) {
                violations.add(FieldViolation.of(field, "api.validation.required"));
                continue;
            }
            if (criterion.code() == null) {
                violations.add(FieldViolation.of(field + ".code", "api.validation.required"));
            } else if (!known.contains(criterion.code())) {
                violations.add(FieldViolation.of(field + ".code", "api.scoring.criterion.unknown", criterion.code(),
                        String.join(", ", known)));
            } else if (!seen.add(criterion.code())) {
                violations.add(FieldViolation.of(field + ".code", "api.scoring.criterion.duplicate", criterion.code()));
            }
            if (criterion.met() == null) {
                violations.add(FieldViolation.of(field + ".met", "api.validation.required"));
            }
        }
        List<String> missing = known.stream().filter(code -> !seen.contains(code)).toList();
        if (!missing.isEmpty() && violations.stream().noneMatch(v -> v.field().startsWith("generalCriteria["))) {
            violations.add(FieldViolation.of("generalCriteria", "api.scoring.criterion.missing",
                    String.join(", ", missing), known.size()));
        }
    }

    private void validateAxes(List<AxisInput> axes, EvaluationSchemeView scheme, List<FieldViolation> violations) {
        if (axes == null) {
            violations.add(FieldViolation.of("axes", "api.validation.required"));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        BigDecimal totalMaxPoints = BigDecimal.ZERO;
        boolean everyMaxPointsValid = true;
        for (int i = 0; i < axes.size(); i++) {
            String field = "axes[" + i + "]";
            AxisInput axis = axes.get(i);
            if (axis == null) {
                violations.add(FieldViolation.of(field, "api.validation.required"));
                everyMaxPointsValid = false;
                continue;
            }
            if (axis.axis() == null) {
                violations.add(FieldViolation.of(field + ".axis", "api.validation.required"));
            } else if (axis.axis() < 1 || axis.axis() > 6) {
                violations.add(FieldViolation.of(field + ".axis", "api.scoring.axis.range", axis.axis()));
            } else if (!seen.add(axis.axis())) {
                violations.add(FieldViolation.of(field + ".axis", "api.scoring.axis.duplicate", axis.axis()));
            }
            if (checkNumber(axis.maxPoints(), field + ".maxPoints", false, scheme.taskMaxPoints(), violations)) {
                totalMaxPoints = totalMaxPoints.add(axis.maxPoints());
            } else {
                everyMaxPointsValid = false;
            }
            validateTasks(axis, field, violations);
        }
        if (everyMaxPointsValid && totalMaxPoints.compareTo(scheme.taskMaxPoints()) != 0) {
            violations.add(FieldViolation.of("axes", "api.scoring.axes.total", plain(scheme.taskMaxPoints()),
                    plain(totalMaxPoints)));
        }
    }

    private void validateTasks(AxisInput axis, String axisField, List<FieldViolation> violations) {
        List<TaskInput> tasks = axis.tasks() == null ? List.of() : axis.tasks();
        if (tasks.isEmpty() && axis.maxPoints() != null && axis.maxPoints().signum() > 0) {
            violations.add(FieldViolation.of(axisField + ".tasks", "api.scoring.axis.no-task"));
        }
        if (tasks.size() > MAX_TASKS_PER_AXIS) {
            violations.add(FieldViolation.of(axisField + ".tasks", "api.scoring.axis.too-many-tasks",
                    MAX_TASKS_PER_AXIS));
            return;
        }
        for (int j = 0; j < tasks.size(); j++) {
            String field = axisField + ".tasks[" + j + "]";
            TaskInput task = tasks.get(j);
            if (task == null) {
                violations.add(FieldViolation.of(field, "api.validation.required"));
                continue;
            }
            checkNumber(task.plannedQuantity(), field + ".plannedQuantity", true, MAX_QUANTITY, violations);
            checkNumber(task.coefficient(), field + ".coefficient", true, MAX_FACTOR, violations);
            checkNumber(task.doneQuantity(), field + ".doneQuantity", false, MAX_QUANTITY, violations);
            checkNumber(task.quality(), field + ".quality", false, MAX_FACTOR, violations);
            checkNumber(task.timeliness(), field + ".timeliness", false, MAX_FACTOR, violations);
            checkNumber(task.leadership(), field + ".leadership", false, MAX_FACTOR, violations);
        }
    }

    /** Returns whether the value is usable. */
    private static boolean checkNumber(BigDecimal value, String field, boolean strictlyPositive, BigDecimal max,
                                       List<FieldViolation> violations) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "api.validation.required"));
        } else if (strictlyPositive && value.signum() <= 0) {
            violations.add(FieldViolation.of(field, "api.validation.positive", plain(value)));
        } else if (value.signum() < 0) {
            violations.add(FieldViolation.of(field, "api.validation.not-negative", plain(value)));
        } else if (value.compareTo(max) > 0) {
            violations.add(FieldViolation.of(field, "api.validation.at-most", plain(max)));
        } else if (Decimals.hasMoreDecimalsThan(value, MAX_DECIMALS)) {
            violations.add(FieldViolation.of(field, "api.validation.decimals", MAX_DECIMALS));
        } else {
            return true;
        }
        return false;
    }

    /** Plain digits for a message, except for values whose plain form would run to megabytes (1e999999). */
    private static String plain(BigDecimal value) {
        return value.abs().compareTo(MAX_QUANTITY.multiply(MAX_QUANTITY)) > 0
                ? value.toString() : value.stripTrailingZeros().toPlainString();
    }
}
