package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One planned task of an axis and what was done (seed 002, Phụ lục 2, table "Tính điểm"): planned quantity, the
 * catalogue's conversion coefficient (hệ số quy đổi), the quantity actually done, and the quality, timeliness and
 * leadership factors (0.75 needs rework or late, 1 as required, 1.2 beyond requirement in the seed's example).
 */
public record TaskResult(String title, BigDecimal plannedQuantity, BigDecimal coefficient, BigDecimal doneQuantity,
                         BigDecimal quality, BigDecimal timeliness, BigDecimal leadership) {

    public TaskResult {
        Objects.requireNonNull(plannedQuantity, "plannedQuantity");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(doneQuantity, "doneQuantity");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(leadership, "leadership");
        requirePositive(plannedQuantity, "plannedQuantity");
        requirePositive(coefficient, "coefficient");
        requireNotNegative(doneQuantity, "doneQuantity");
        requireNotNegative(quality, "quality");
        requireNotNegative(timeliness, "timeliness");
        requireNotNegative(leadership, "leadership");
    }

    /** Pᵢ = planned quantity × coefficient. */
    public BigDecimal plannedUnits() {
        return plannedQuantity.multiply(coefficient);
    }

    /** Qᵢ = done quantity × coefficient. */
    public BigDecimal doneUnits() {
        return doneQuantity.multiply(coefficient);
    }

    public BigDecimal qualityUnits() {
        return doneUnits().multiply(quality);
    }

    public BigDecimal timelinessUnits() {
        return doneUnits().multiply(timeliness);
    }

    public BigDecimal leadershipUnits() {
        return doneUnits().multiply(leadership);
    }

    private static void requirePositive(BigDecimal value, String name) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0");
        }
    }

    private static void requireNotNegative(BigDecimal value, String name) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
