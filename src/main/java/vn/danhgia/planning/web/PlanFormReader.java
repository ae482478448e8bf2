package vn.danhgia.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** Turns the typed form into the service's input; numbers accept a decimal comma, dates ISO or dd/MM/yyyy. */
final class PlanFormReader {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<FieldViolation> violations = new ArrayList<>();

    PlanDraft draft(PlanForm form) {
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        form.getAxisMax().forEach((axis, text) -> {
            BigDecimal points = number(text, "axisMaxPoints[" + axis + "]");
            if (points != null) {
                weights.put(axis, points);
            }
        });
        List<PlanTaskInput> tasks = tasks(form);
        throwIfInvalid();
        return new PlanDraft(weights, tasks);
    }

    List<PlanTaskInput> tasks(PlanForm form) {
        List<PlanTaskInput> tasks = new ArrayList<>();
        for (int i = 0; i < form.getTasks().size(); i++) {
            TaskRow row = form.getTasks().get(i);
            String field = "tasks[" + i + "]";
            Long item = row.getCatalogItemId() == null || row.getCatalogItemId().isBlank() ? null
                    : parseId(row.getCatalogItemId(), field + ".catalogItemId");
            tasks.add(new PlanTaskInput(row.getAxis(), item, row.getTitle(), row.getProductType(),
                    item == null ? number(row.getCoefficient(), field + ".coefficient") : null,
                    number(row.getPlannedQuantity(), field + ".plannedQuantity"),
                    date(row.getDeadline(), field + ".deadline")));
        }
        return tasks;
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            violations.add(FieldViolation.of(field, "planning.invalid.number"));
            return null;
        }
    }

    private Long parseId(String text, String field) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            violations.add(FieldViolation.of(field, "planning.invalid.catalog-item"));
            return null;
        }
    }

    private LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.trim(), VIETNAMESE_DATE) : LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            violations.add(FieldViolation.of(field, "planning.invalid.date"));
            return null;
        }
    }
}
