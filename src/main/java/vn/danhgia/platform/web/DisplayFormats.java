package vn.danhgia.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Number and date formats of the pages, available to every template as {@code @formats}: the decimal separator of
 * the user's language (91,93 in Vietnamese, 91.93 in English), no grouping, and dates as dd/MM/yyyy in both
 * languages as Vietnamese documents write them. Values are rounded by the caller; {@link #fixed2} only pads.
 */
public final class DisplayFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Times are shown as clocks in Vietnam read them, whatever zone the server or the browser is in. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A value with exactly two decimals: 91,93; 30,00. */
    public String fixed2(BigDecimal value) {
        return value == null ? "" : format(value, "0.00");
    }

    /** A value with only the decimals it needs: 30; 1,2; 0,75. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : format(value, "0.##########");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as dd/MM/yyyy HH:mm in Vietnam's time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale());
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
