package vn.danhgia.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * What a catalogue accepts: the task and the product type named (seed 002 Phụ lục 1 mục 1: each item "xác định rõ
 * ràng, kiểm đếm được"), points above zero, and texts and numbers within the columns of V5__catalog_versions_items.sql
 * (numeric(9,2): at most 9 999 999,99 with two decimals).
 */
final class CatalogInputPolicy {

    static final BigDecimal MAX_POINTS = new BigDecimal("9999999.99");

    private CatalogInputPolicy() {
    }

    static void checkDraft(String title, BigDecimal standardPoints) {
        List<FieldViolation> violations = new ArrayList<>();
        text(violations, "title", title, 500, true);
        points(violations, "standardPoints", standardPoints);
        refuseIfAny(violations);
    }

    static void checkItem(CatalogItemInput item) {
        List<FieldViolation> violations = new ArrayList<>();
        text(violations, "task", item.task(), 1000, true);
        text(violations, "approvalLevel", item.approvalLevel(), 500, false);
        text(violations, "difficulty", item.difficulty(), 1000, false);
        text(violations, "productType", item.productType(), 200, true);
        text(violations, "quantity", item.quantity(), 100, false);
        text(violations, "deadlinePattern", item.deadlinePattern(), 500, false);
        text(violations, "note", item.note(), 1000, false);
        points(violations, "points", item.points());
        refuseIfAny(violations);
    }

    static void checkReturnNote(String note) {
        List<FieldViolation> violations = new ArrayList<>();
        text(violations, "note", note, 2000, true);
        refuseIfAny(violations);
    }

    private static void text(List<FieldViolation> violations, String field, String value, int maxLength,
                             boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(FieldViolation.of(field, "catalog.invalid.required"));
            }
        } else if (value.strip().length() > maxLength) {
            violations.add(FieldViolation.of(field, "catalog.invalid.too-long", maxLength, value.strip().length()));
        }
    }

    private static void points(List<FieldViolation> violations, String field, BigDecimal value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "catalog.invalid.required"));
        } else if (value.signum() <= 0) {
            violations.add(FieldViolation.of(field, "catalog.invalid.points-positive", shown(value)));
        } else if (value.compareTo(MAX_POINTS) > 0 || Decimals.hasMoreDecimalsThan(value, 2)) {
            violations.add(FieldViolation.of(field, "catalog.invalid.points-format", shown(value)));
        }
    }

    /** The number as sent; one with a huge exponent (1e20000000 is valid JSON) keeps it, not spelled out in full. */
    private static String shown(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return Math.abs((long) plain.scale()) > 30 ? plain.toString() : value.toPlainString();
    }

    private static void refuseIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
