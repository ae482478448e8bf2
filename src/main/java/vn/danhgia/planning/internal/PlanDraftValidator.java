package vn.danhgia.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;

/**
 * Checks a plan's content against the scheme and the approved catalogue, naming each refused field. Axis weights:
 * seed 002 Phụ lục 2 "Điểm kết quả thực hiện nhiệm vụ: 70" and principle 2.5 (the main axis weighs more than the
 * supporting ones). Tasks: from the approved catalogue of the cadre's units (Phụ lục 1) or free with a coefficient.
 */
final class PlanDraftValidator {

    static final int MAX_TASKS = 200;
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final BigDecimal MAX_COEFFICIENT = BigDecimal.TEN;

    private final EvaluationSchemeView scheme;
    private final Quarter quarter;
    private final Set<UnitId> catalogueUnits;
    private final LongFunction<Optional<CatalogItemView>> itemInForce;
    private final List<FieldViolation> violations = new ArrayList<>();

    PlanDraftValidator(EvaluationSchemeView scheme, Quarter quarter, Set<UnitId> catalogueUnits,
                       LongFunction<Optional<CatalogItemView>> itemInForce) {
        this.scheme = scheme;
        this.quarter = quarter;
        this.catalogueUnits = catalogueUnits;
        this.itemInForce = itemInForce;
    }

    Map<Integer, BigDecimal> axisWeights(Map<Integer, BigDecimal> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (AxisDefinition axis : scheme.axes()) {
            BigDecimal points = weights.get(axis.number());
            String field = "axisMaxPoints[" + axis.number() + "]";
            if (points == null) {
                violations.add(FieldViolation.of(field, "planning.invalid.required"));
            } else if (points.signum() < 0 || points.compareTo(scheme.taskMaxPoints()) > 0 || points.scale() > 2) {
                violations.add(FieldViolation.of(field, "planning.invalid.axis-points", scheme.taskMaxPoints()));
            } else {
                total = total.add(points);
            }
        }
        weights.keySet().stream().filter(axis -> scheme.axes().stream().noneMatch(known -> known.number() == axis))
                .forEach(axis -> violations.add(FieldViolation.of("axisMaxPoints[" + axis + "]",
                        "planning.invalid.axis-unknown")));
        if (violations.isEmpty()) {
            if (total.compareTo(scheme.taskMaxPoints()) != 0) {
                violations.add(FieldViolation.of("axisMaxPoints", "planning.invalid.axis-total",
                        Decimals.plain(scheme.taskMaxPoints()).toPlainString(), total.toPlainString()));
            } else if (!mainAxisStandsOut(weights)) {
                violations.add(FieldViolation.of("axisMaxPoints", "planning.invalid.main-axis"));
            }
        }
        return weights;
    }

    List<TaskLine> tasks(List<PlanTaskInput> tasks, String prefix) {
        if (tasks.size() > MAX_TASKS) {
            violations.add(FieldViolation.of(prefix, "planning.invalid.too-many-tasks", MAX_TASKS));
            return List.of();
        }
        List<TaskLine> lines = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            task(tasks.get(i), prefix + "[" + i + "]").ifPresent(lines::add);
        }
        return lines;
    }

    void reason(String reason) {
        if (reason == null || reason.isBlank()) {
            violations.add(FieldViolation.of("reason", "planning.invalid.required"));
        } else if (reason.length() > 2000) {
            violations.add(FieldViolation.of("reason", "planning.invalid.too-long", 2000));
        }
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private Optional<TaskLine> task(PlanTaskInput task, String field) {
        if (task == null) {
            violations.add(FieldViolation.of(field, "planning.invalid.required"));
            return Optional.empty();
        }
        int before = violations.size();
        if (scheme.axes().stream().noneMatch(axis -> axis.number() == task.axis())) {
            violations.add(FieldViolation.of(field + ".axis", "planning.invalid.axis-unknown"));
        }
        String title = trimmed(task.title());
        String productType = trimmed(task.productType());
        BigDecimal coefficient = task.coefficient();
        if (task.catalogItemId() != null) {
            Optional<CatalogItemView> item = itemInForce.apply(task.catalogItemId())
                    .filter(found -> catalogueUnits.contains(found.unit()));
            if (item.isEmpty()) {
                violations.add(FieldViolation.of(field + ".catalogItemId", "planning.invalid.catalog-item"));
            } else {
                title = title == null ? item.get().task() : title;
                productType = productType == null ? item.get().productType() : productType;
                coefficient = item.get().coefficient();
            }
        } else if (coefficient == null) {
            violations.add(FieldViolation.of(field + ".coefficient", "planning.invalid.required"));
        } else if (coefficient.signum() <= 0 || coefficient.compareTo(MAX_COEFFICIENT) > 0
                   || Decimals.hasMoreDecimalsThan(coefficient, 4)) {
            violations.add(FieldViolation.of(field + ".coefficient", "planning.invalid.coefficient", MAX_COEFFICIENT));
        }
        boolean catalogueItemRefused = violations.size() > before && task.catalogItemId() != null;
        if (title == null && !catalogueItemRefused) {
            violations.add(FieldViolation.of(field + ".title", "planning.invalid.required"));
        } else if (title != null && title.length() > 1000) {
            violations.add(FieldViolation.of(field + ".title", "planning.invalid.too-long", 1000));
        }
        if (productType != null && productType.length() > 200) {
            violations.add(FieldViolation.of(field + ".productType", "planning.invalid.too-long", 200));
        }
        BigDecimal quantity = task.plannedQuantity();
        if (quantity == null) {
            violations.add(FieldViolation.of(field + ".plannedQuantity", "planning.invalid.required"));
        } else if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0
                   || Decimals.hasMoreDecimalsThan(quantity, 4)) {
            violations.add(FieldViolation.of(field + ".plannedQuantity", "planning.invalid.quantity"));
        }
        if (task.deadline() != null && (task.deadline().isBefore(quarter.firstDay())
                                        || task.deadline().isAfter(quarter.lastDay()))) {
            violations.add(FieldViolation.of(field + ".deadline", "planning.invalid.deadline-outside-quarter",
                    quarter.toString()));
        }
        if (violations.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TaskLine(task.axis(), title, productType, task.catalogItemId(),
                Decimals.plain(coefficient.setScale(4, RoundingMode.UNNECESSARY)),
                Decimals.plain(quantity), task.deadline()));
    }

    private static boolean mainAxisStandsOut(Map<Integer, BigDecimal> weights) {
        BigDecimal highest = weights.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return weights.values().stream().filter(points -> points.compareTo(highest) == 0).count() == 1;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
