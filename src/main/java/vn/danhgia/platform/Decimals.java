package vn.danhgia.platform;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import org.springframework.context.i18n.LocaleContextHolder;

/** Figures as people write and type them, for every module. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The value without the trailing zeros a numeric column pads it with and never with an exponent (30.00 → 30,
     * 1.20 → 1.2, not 3E+1), so a figure reads the same from H2 and PostgreSQL and shows as people write it.
     */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static boolean hasMoreDecimalsThan(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() > decimals;
    }

    /** Whether the value fits a numeric column with this many digits before and after the point. */
    public static boolean fits(BigDecimal value, int integerDigits, int scale) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= scale && plain.abs().compareTo(BigDecimal.TEN.pow(integerDigits)) < 0;
    }

    /**
     * A number as people of the reader's language write it: 0,75 in Vietnamese, 0.75 in English. One with a huge
     * exponent (1e20000000 is valid JSON) keeps its exponent rather than being spelled out digit by digit.
     */
    public static String inReadersLanguage(BigDecimal value) {
        char separator = DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()).getDecimalSeparator();
        BigDecimal plain = value.stripTrailingZeros();
        String text = Math.abs((long) plain.scale()) > 30 ? plain.toString() : plain.toPlainString();
        return text.replace('.', separator);
    }
}
