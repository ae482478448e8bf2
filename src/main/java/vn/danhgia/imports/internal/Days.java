package vn.danhgia.imports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the templates ask for it and the reports show it: 01/07/2026. */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Days() {
    }

    public static String shown(LocalDate day) {
        return day.format(DAY);
    }
}
