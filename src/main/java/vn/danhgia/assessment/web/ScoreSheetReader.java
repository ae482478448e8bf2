package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import vn.danhgia.rules.quarterly.AxisTasks;
import vn.danhgia.rules.quarterly.GeneralCriterionResult;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * Reads a posted sheet against its scheme into the scorer's input, or records why it cannot: a message key per
 * wrong cell (required, not a number, negative, must be above 0, factor not allowed by the scheme), per axis that
 * carries points but has no task (the scorer refuses such an axis) and for axis maxima that do not add up to the
 * scheme's task maximum (seed 002 Mẫu 03 I.B: "TỔNG (B) = 70"). Points of criteria come from the scheme, never from
 * the request.
 */
final class ScoreSheetReader {

    static final String REQUIRED = "assessment.error.required";
    static final String NOT_A_NUMBER = "assessment.error.notANumber";
    static final String NEGATIVE = "assessment.error.negative";
    static final String NOT_POSITIVE = "assessment.error.notPositive";
    static final String FACTOR_NOT_ALLOWED = "assessment.error.factorNotAllowed";
    static final String WEIGHTS_TOTAL = "assessment.error.weightsTotal";
    static final String AXIS_WITHOUT_TASKS = "assessment.error.axisWithoutTasks";
    static final String FORM_OUTDATED = "assessment.error.formOutdated";

    /** What the scorer needs once the sheet is valid. */
    record Input(List<GeneralCriterionResult> criteria, List<AxisTasks> axes) {
    }

    private final EvaluationSchemeView scheme;
    private final Errors errors;
    private final Locale locale;

    ScoreSheetReader(EvaluationSchemeView scheme, Errors errors, Locale locale) {
        this.scheme = scheme;
        this.errors = errors;
        this.locale = locale;
    }

    Optional<Input> read(ScoreSheetForm form) {
        if (!matchesScheme(form)) {
            errors.reject(FORM_OUTDATED);
            return Optional.empty();
        }
        List<GeneralCriterionResult> criteria = criteria(form);
        List<BigDecimal> maxima = new ArrayList<>();
        List<List<TaskResult>> tasksPerAxis = new ArrayList<>();
        BigDecimal weightsTotal = BigDecimal.ZERO;
        boolean allWeightsRead = true;
        for (int a = 0; a < scheme.axes().size(); a++) {
            AxisForm axisForm = form.getAxes().get(a);
            BigDecimal maxPoints = number(axisForm.getMaxPoints(), "axes[" + a + "].maxPoints", false);
            List<TaskResult> tasks = tasks(axisForm, a);
            if (maxPoints == null) {
                allWeightsRead = false;
                continue;
            }
            weightsTotal = weightsTotal.add(maxPoints);
            if (maxPoints.signum() > 0 && nonEmptyRows(axisForm) == 0) {
                errors.rejectValue("axes[" + a + "].tasks", AXIS_WITHOUT_TASKS,
                        new Object[] {scheme.axes().get(a).number(), DecimalInput.format(maxPoints, locale)}, null);
            }
            maxima.add(maxPoints);
            tasksPerAxis.add(tasks);
        }
        if (allWeightsRead && weightsTotal.compareTo(scheme.taskMaxPoints()) != 0) {
            errors.reject(WEIGHTS_TOTAL, new Object[] {DecimalInput.format(scheme.taskMaxPoints(), locale),
                    DecimalInput.format(weightsTotal, locale)}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        List<AxisTasks> axes = new ArrayList<>();
        for (int a = 0; a < scheme.axes().size(); a++) {
            axes.add(new AxisTasks(scheme.axes().get(a).number(), maxima.get(a), tasksPerAxis.get(a)));
        }
        return Optional.of(new Input(criteria, axes));
    }

    private boolean matchesScheme(ScoreSheetForm form) {
        if (form.getAxes() == null || form.getCriteria() == null
                || form.getAxes().size() != scheme.axes().size()
                || form.getAxes().stream().anyMatch(axis -> axis == null || axis.getTasks() == null)) {
            return false;
        }
        List<String> posted = form.getCriteria().stream().map(c -> c == null ? null : c.getCode()).toList();
        return posted.equals(scheme.criteria().stream().map(CriterionDefinition::code).toList());
    }

    private List<GeneralCriterionResult> criteria(ScoreSheetForm form) {
        Map<String, Boolean> met = new HashMap<>();
        form.getCriteria().forEach(choice -> met.put(choice.getCode(), choice.isMet()));
        return scheme.criteria().stream()
                .map(c -> new GeneralCriterionResult(c.code(), c.maxPoints(), met.get(c.code())))
                .toList();
    }

    private List<TaskResult> tasks(AxisForm axisForm, int a) {
        List<TaskResult> tasks = new ArrayList<>();
        for (int t = 0; t < axisForm.getTasks().size(); t++) {
            TaskForm task = axisForm.getTasks().get(t);
            if (task == null || task.isEmpty()) {
                continue;
            }
            String path = "axes[" + a + "].tasks[" + t + "].";
            BigDecimal planned = number(task.getPlannedQuantity(), path + "plannedQuantity", true);
            BigDecimal coefficient = number(task.getCoefficient(), path + "coefficient", true);
            BigDecimal done = number(task.getDoneQuantity(), path + "doneQuantity", false);
            BigDecimal quality = factor(task.getQuality(), path + "quality");
            BigDecimal timeliness = factor(task.getTimeliness(), path + "timeliness");
            BigDecimal leadership = factor(task.getLeadership(), path + "leadership");
            if (planned != null && coefficient != null && done != null && quality != null && timeliness != null
                    && leadership != null) {
                String title = task.getTitle() == null ? "" : task.getTitle().strip();
                tasks.add(new TaskResult(title, planned, coefficient, done, quality, timeliness, leadership));
            }
        }
        return tasks;
    }

    private static long nonEmptyRows(AxisForm axisForm) {
        return axisForm.getTasks().stream().filter(task -> task != null && !task.isEmpty()).count();
    }

    private BigDecimal factor(String text, String field) {
        BigDecimal value = number(text, field, false);
        List<BigDecimal> allowed = scheme.allowedFactors();
        if (value == null || allowed.isEmpty() || allowed.stream().anyMatch(f -> f.compareTo(value) == 0)) {
            return value;
        }
        String list = allowed.stream().map(f -> DecimalInput.format(f, locale)).collect(Collectors.joining("; "));
        errors.rejectValue(field, FACTOR_NOT_ALLOWED, new Object[] {list}, null);
        return null;
    }

    /** A non-negative number, or above zero when {@code positive}; null (with the error recorded) otherwise. */
    private BigDecimal number(String text, String field, boolean positive) {
        if (DecimalInput.isBlank(text)) {
            errors.rejectValue(field, REQUIRED);
            return null;
        }
        if (DecimalInput.isNegative(text)) {
            errors.rejectValue(field, NEGATIVE);
            return null;
        }
        Optional<BigDecimal> value = DecimalInput.parse(text);
        if (value.isEmpty()) {
            errors.rejectValue(field, NOT_A_NUMBER);
            return null;
        }
        if (positive && value.get().signum() == 0) {
            errors.rejectValue(field, NOT_POSITIVE);
            return null;
        }
        return value.get();
    }
}
