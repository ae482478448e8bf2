package vn.danhgia.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.quarterly.TaskConditions;

/**
 * What the proposer or the personnel office enters on a yearly rating, as typed (names of the enums, figures): blank
 * points or a blank task count leave the gathered figures in place; all five counts go together.
 */
public record YearlyFactsInput(String points, Integer tasksAssigned, Integer tasksDone, Integer tasksBeyond,
                               Integer tasksLate, Integer tasksRework, String discipline, boolean degradation,
                               String corruption) {

    /** The values checked; every wrong field is named at once (problem+json, or the message beside the field). */
    public record Checked(BigDecimal points, TaskConditions tasks, DisciplineForm discipline, boolean degradation,
                          CorruptionExemption corruption) {
    }

    public Checked checked() {
        List<FieldViolation> violations = new ArrayList<>();
        BigDecimal value = null;
        if (points != null && !points.isBlank()) {
            try {
                value = new BigDecimal(points.strip().replace(',', '.'));
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
                    violations.add(FieldViolation.of("points", "annual.rating.facts.invalid.points"));
                }
            } catch (NumberFormatException notANumber) {
                violations.add(FieldViolation.of("points", "annual.rating.facts.invalid.points"));
            }
        }
        TaskConditions tasks = null;
        Integer[] counts = {tasksAssigned, tasksDone, tasksBeyond, tasksLate, tasksRework};
        long given = java.util.Arrays.stream(counts).filter(java.util.Objects::nonNull).count();
        if (given > 0) {
            try {
                if (given < counts.length) {
                    throw new IllegalArgumentException("all five counts go together");
                }
                tasks = new TaskConditions(tasksAssigned, tasksDone, tasksBeyond, tasksLate, tasksRework);
            } catch (IllegalArgumentException inconsistent) {
                violations.add(FieldViolation.of("tasks", "annual.rating.facts.invalid.tasks"));
            }
        }
        DisciplineForm form = parse(DisciplineForm.class, discipline, "discipline", violations);
        CorruptionExemption corruptionValue = parse(CorruptionExemption.class, corruption, "corruption", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(value, tasks, form, degradation, corruptionValue);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field,
                                               List<FieldViolation> violations) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            violations.add(FieldViolation.of(field, "annual.rating.facts.invalid." + field));
            return null;
        }
    }
}
