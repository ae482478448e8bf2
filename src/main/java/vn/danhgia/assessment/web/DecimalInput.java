package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them on the sheet. Vietnamese writes 1,2 and 0,75 (as the seed does), English 1.2; both
 * are read as a decimal separator. Thousands separators and exponents are refused: quantities, coefficients and
 * factors are small, and "1.000" typed for a thousand would otherwise silently become 1.
 */
final class DecimalInput {

    private static final Pattern UNSIGNED = Pattern.compile("\\d{1,9}(?:[.,]\\d{1,6})?");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*" + UNSIGNED.pattern());

    private DecimalInput() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static boolean isNegative(String text) {
        return text != null && NEGATIVE.matcher(text.strip()).matches();
    }

    /** The value of a non-negative decimal, or empty when the text is not one. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null || !UNSIGNED.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
    }

    /** How a value is pre-filled in an input for this language: 1,2 in Vietnamese, 1.2 in English. */
    static String format(BigDecimal value, Locale locale) {
        String plain = canonical(value);
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return plain.replace('.', separator);
    }

    /** The language-independent text of a value, as used for option values: 0.75, 1, 1.2. */
    static String canonical(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
