package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Compares a row with the record already stored under its key, for kinds that only create: an equal record is left
 * alone, and each column that differs is a problem naming the stored value (an import never silently overwrites).
 */
final class StoredComparison {

    private final ImportRow row;
    private final String key;
    private final VietnameseMessages vietnamese;
    private boolean same = true;

    StoredComparison(ImportRow row, String key, VietnameseMessages vietnamese) {
        this.row = row;
        this.key = key;
        this.vietnamese = vietnamese;
    }

    StoredComparison field(Column column, Object stored, Object given) {
        if (!equal(stored, given)) {
            row.problem(column, "imports.row.stored-differs", key, shown(column, stored));
            same = false;
        }
        return this;
    }

    boolean same() {
        return same;
    }

    private static boolean equal(Object stored, Object given) {
        if (stored instanceof BigDecimal number && given instanceof BigDecimal other) {
            return number.compareTo(other) == 0;
        }
        return Objects.equals(stored, given);
    }

    private String shown(Column column, Object stored) {
        if (stored == null) {
            return vietnamese.text("imports.value.empty");
        }
        if (stored instanceof Enum<?> constant && column.choices() != null) {
            return column.choices().labelOf(constant);
        }
        if (stored instanceof Boolean yes) {
            return vietnamese.text(yes ? "imports.template.yes" : "imports.template.no");
        }
        if (stored instanceof LocalDate day) {
            return Days.shown(day);
        }
        if (stored instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return stored.toString();
    }
}
