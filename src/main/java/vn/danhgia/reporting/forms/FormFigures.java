package vn.danhgia.reporting.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.danhgia.platform.Decimals;

/** Figures and dates written the way Vietnamese official documents write them. */
public final class FormFigures {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormFigures() {
    }

    /** 1.20 → "1,2", 30.00 → "30", null → "". */
    public static String number(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value).toPlainString().replace('.', ',');
    }

    /** 2027-01-05 → "05/01/2027", null → "". */
    public static String date(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /**
     * 2027-01-05 → "ngày 05 tháng 01 năm 2027": days below 10 and months below 3 take a leading zero (Nghị định
     * 30/2020/NĐ-CP, Phụ lục I, on the place and date line).
     */
    public static String longDate(LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        int month = date.getMonthValue();
        String monthText = month < 3 ? String.format("%02d", month) : String.valueOf(month);
        return "ngày " + day + " tháng " + monthText + " năm " + date.getYear();
    }
}
