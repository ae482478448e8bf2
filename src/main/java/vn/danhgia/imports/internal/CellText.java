package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cell as read: its text as Excel shows it (trimmed, empty for a blank cell) and, when Excel stores a number or a
 * date, that value, so that 1,5 or 01/07/2026 typed in any locale reads the same.
 */
record CellText(String text, BigDecimal number, LocalDate date) {

    static final CellText BLANK = new CellText("", null, null);
}
