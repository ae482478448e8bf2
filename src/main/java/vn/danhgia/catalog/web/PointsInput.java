package vn.danhgia.catalog.web;

import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** Points as people type them: "120", "120,5" or "120.5". */
final class PointsInput {

    private PointsInput() {
    }

    /**
     * The number, or null when blank (the service then says it is required) or not a number (rejected here, so the
     * service's "required" for the same field is not shown as well).
     */
    static BigDecimal read(String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(field, "catalog.invalid.number");
            return null;
        }
    }
}
