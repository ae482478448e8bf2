package vn.danhgia.imports.internal;

import java.math.BigDecimal;

/** A year typed in a cell, as Excel stores it (a number) or as text; a fraction is a problem at the cell. */
final class WholeYears {

    private WholeYears() {
    }

    static Integer of(ImportRow row, Column column) {
        BigDecimal number = row.decimal(column);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            row.problem(column, "emulationhistory.import.notAYear", number.toPlainString());
            return null;
        }
    }
}
