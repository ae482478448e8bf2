package vn.danhgia.assessment.internal;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.assessment.SelfAssessmentContent.TaskEntry;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.TypedText;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;

/**
 * Checks posted content against the stored self-assessment and its scheme, naming each wrong field with a message
 * key whose text names the column and the task's row: factors only from the scheme's allowed values (seed 002
 * Phụ lục 2: 0,75 / 1 / 1,2), quantities not negative, planned quantity and coefficient above zero for tasks listed
 * directly, and a plan's tasks and weights as the approved plan has them (changes there go through an amendment).
 * Values must fit the columns they are stored in.
 */
final class ContentCheck {

    static final int EVIDENCE_MAX = 2000;
    static final int TITLE_MAX = 1000;
    static final int COMMENT_MAX = 4000;

    /** The content as it would be stored; only meaningful when there are no violations. */
    record Result(List<FieldViolation> violations, Map<String, Boolean> met, Map<Integer, BigDecimal> axisMaxPoints,
                  List<TaskLine> tasks, String proposedLevel, String selfComment) {

        Map<Integer, List<TaskResult>> tasksByAxis() {
            Map<Integer, List<TaskResult>> byAxis = new TreeMap<>();
            tasks.forEach(task -> byAxis.computeIfAbsent(task.axis(), axis -> new ArrayList<>()).add(task.result()));
            return byAxis;
        }
    }

    private final EvaluationSchemeView scheme;
    private final SelfAssessment stored;
    private final List<FieldViolation> violations = new ArrayList<>();

    ContentCheck(EvaluationSchemeView scheme, SelfAssessment stored) {
        this.scheme = scheme;
        this.stored = stored;
    }

    Result check(SelfAssessmentContent content) {
        Map<String, Boolean> met = criteria(content.criteria());
        Map<Integer, BigDecimal> axes = axes(content.axisMaxPoints());
        List<TaskLine> tasks = content.tasks() == null ? storedLines() : tasks(content.tasks());
        String level = TypedText.blankToNull(content.proposedLevel());
        if (level != null && java.util.Arrays.stream(RatingLevel.values()).noneMatch(l -> l.name().equals(level))) {
            violations.add(FieldViolation.of("proposedLevel", "assessment.self.error.level", level));
        }
        String comment = TypedText.blankToNull(content.selfComment());
        if (comment != null && comment.length() > COMMENT_MAX) {
            violations.add(FieldViolation.of("selfComment", "assessment.self.error.tooLong", label("selfComment"),
                    COMMENT_MAX));
        }
        return new Result(List.copyOf(violations), met, axes, tasks, level, comment);
    }

    private Map<String, Boolean> criteria(Map<String, Boolean> posted) {
        Map<String, Boolean> met = stored.met();
        if (posted == null) {
            return met;
        }
        Set<String> codes = scheme.criteria().stream().map(CriterionDefinition::code).collect(Collectors.toSet());
        posted.forEach((code, value) -> {
            if (!codes.contains(code)) {
                violations.add(FieldViolation.of("criteria[" + code + "]", "assessment.self.error.criterion", code));
            } else if (value == null) {
                violations.add(FieldViolation.of("criteria[" + code + "]", "assessment.self.error.criterionRequired",
                        code));
            } else {
                met.put(code, value);
            }
        });
        return met;
    }

    private Map<Integer, BigDecimal> axes(Map<Integer, BigDecimal> posted) {
        Map<Integer, BigDecimal> current = stored.axisMaxPoints();
        if (posted == null) {
            return current;
        }
        if (stored.planId() != null) {
            boolean same = posted.entrySet().stream().allMatch(e -> e.getValue() != null
                    && e.getValue().compareTo(current.getOrDefault(e.getKey(), BigDecimal.ZERO)) == 0);
            if (!same) {
                violations.add(FieldViolation.of("axisMaxPoints", "assessment.self.error.weightsFromPlan"));
            }
            return current;
        }
        Set<Integer> numbers = scheme.axes().stream().map(AxisDefinition::number).collect(Collectors.toSet());
        Map<Integer, BigDecimal> axes = new TreeMap<>();
        numbers.forEach(number -> axes.put(number, BigDecimal.ZERO));
        posted.forEach((number, points) -> {
            String field = "axisMaxPoints[" + number + "]";
            if (number == null || !numbers.contains(number)) {
                violations.add(FieldViolation.of(field, "assessment.self.error.axisUnknown", number));
            } else if (points == null) {
                violations.add(FieldViolation.of(field, "assessment.self.error.axisPointsRequired", number));
            } else if (points.signum() < 0 || !Decimals.fits(points, 4, 2)) {
                violations.add(FieldViolation.of(field, "assessment.self.error.axisPoints", number, points));
            } else {
                axes.put(number, points);
            }
        });
        return axes;
    }

    private List<TaskLine> storedLines() {
        return stored.tasks().stream().map(task -> {
            var view = task.view();
            return new TaskLine(view.id(), view.axis(), view.title(), view.coefficient(), view.plannedQuantity(),
                    view.doneQuantity(), view.quality(), view.timeliness(), view.leadership(), view.evidence());
        }).toList();
    }

    private List<TaskLine> tasks(List<TaskEntry> entries) {
        boolean direct = stored.planId() == null;
        Map<Long, SelfAssessmentTask> byId = new LinkedHashMap<>();
        stored.tasks().forEach(task -> byId.put(task.getId(), task));
        Set<Long> seen = new HashSet<>();
        List<TaskLine> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TaskEntry entry = entries.get(i);
            String path = "tasks[" + i + "].";
            int row = i + 1;
            if (entry == null) {
                violations.add(FieldViolation.of("tasks[" + i + "]", "assessment.self.error.taskRequired", row));
                continue;
            }
            SelfAssessmentTask task = entry.id() == null ? null : byId.get(entry.id());
            if (entry.id() != null && (task == null || !seen.add(entry.id()))) {
                violations.add(FieldViolation.of(path + "id", "assessment.self.error.unknownTask", row));
                continue;
            }
            if (entry.id() == null && !direct) {
                violations.add(FieldViolation.of(path + "id", "assessment.self.error.notInPlan", row));
                continue;
            }
            Integer axis;
            String title;
            BigDecimal coefficient;
            BigDecimal planned;
            if (direct) {
                axis = entry.axis();
                if (axis == null || scheme.axes().stream().noneMatch(a -> a.number() == entry.axis())) {
                    violations.add(FieldViolation.of(path + "axis", "assessment.self.error.taskAxis", row));
                }
                title = TypedText.blankToNull(entry.title());
                if (title == null) {
                    violations.add(FieldViolation.of(path + "title", "assessment.self.error.required",
                            label("title"), row));
                } else if (title.length() > TITLE_MAX) {
                    violations.add(FieldViolation.of(path + "title", "assessment.self.error.tooLong", label("title"),
                            TITLE_MAX));
                }
                coefficient = positive(entry.coefficient(), path, "coefficient", row, 4);
                planned = positive(entry.plannedQuantity(), path, "plannedQuantity", row, 8);
            } else {
                axis = task.axis();
                title = task.title();
                coefficient = task.coefficient();
                planned = task.plannedQuantity();
                fromPlan(entry.axis(), axis, Integer::compareTo, path, "axis", row);
                fromPlan(entry.title(), title, String::compareTo, path, "title", row);
                fromPlan(entry.coefficient(), coefficient, BigDecimal::compareTo, path, "coefficient", row);
                fromPlan(entry.plannedQuantity(), planned, BigDecimal::compareTo, path, "plannedQuantity", row);
            }
            BigDecimal done = notNegative(entry.doneQuantity(), path, "doneQuantity", row);
            BigDecimal quality = factor(entry.quality(), path, "quality", row);
            BigDecimal timeliness = factor(entry.timeliness(), path, "timeliness", row);
            BigDecimal leadership = factor(entry.leadership(), path, "leadership", row);
            String evidence = TypedText.blankToNull(entry.evidence());
            if (evidence != null && evidence.length() > EVIDENCE_MAX) {
                violations.add(FieldViolation.of(path + "evidence", "assessment.self.error.tooLong",
                        label("evidence"), EVIDENCE_MAX));
            }
            if (axis != null && title != null && coefficient != null && planned != null && done != null
                    && quality != null && timeliness != null && leadership != null) {
                lines.add(new TaskLine(entry.id(), axis, title, coefficient, planned, done, quality, timeliness,
                        leadership, evidence));
            }
        }
        return lines;
    }

    private <T> void fromPlan(T posted, T planned, java.util.Comparator<T> order, String path, String name, int row) {
        if (posted != null && order.compare(posted, planned) != 0) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.fromPlan", label(name), row,
                    planned instanceof BigDecimal number ? Decimals.inReadersLanguage(number) : planned));
        }
    }

    private BigDecimal positive(BigDecimal value, String path, String name, int row, int integerDigits) {
        BigDecimal checked = notNegative(value, path, name, row, integerDigits);
        if (checked != null && checked.signum() == 0) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.notPositive", label(name), row,
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        return checked;
    }

    private BigDecimal notNegative(BigDecimal value, String path, String name, int row) {
        return notNegative(value, path, name, row, 8);
    }

    private BigDecimal notNegative(BigDecimal value, String path, String name, int row, int integerDigits) {
        if (value == null) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.required", label(name), row));
            return null;
        }
        if (value.signum() < 0) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.negative", label(name), row,
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        if (!Decimals.fits(value, integerDigits, 4)) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.tooPrecise", label(name), row,
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        return value;
    }

    private BigDecimal factor(BigDecimal value, String path, String name, int row) {
        BigDecimal checked = notNegative(value, path, name, row, 2);
        if (checked == null) {
            return null;
        }
        List<BigDecimal> allowed = scheme.allowedFactors();
        if (!allowed.isEmpty() && allowed.stream().noneMatch(f -> f.compareTo(checked) == 0)) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.factor", label(name), row,
                    allowed.stream().map(Decimals::inReadersLanguage).collect(Collectors.joining("; ")),
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        if (!Decimals.fits(checked, 2, 2)) {
            violations.add(FieldViolation.of(path + name, "assessment.self.error.tooPrecise", label(name), row,
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        return checked;
    }

    /** The column's name as the page shows it, rendered in the reader's language with the message. */
    private static MessageSourceResolvable label(String name) {
        return new DefaultMessageSourceResolvable("assessment.self.field." + name);
    }
}
