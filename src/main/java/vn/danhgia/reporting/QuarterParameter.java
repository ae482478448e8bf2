package vn.danhgia.reporting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.scheme.Quarter;

/** The {@code quarter} request parameter of the board and the dashboard, written {@code 2026-Q3}. */
public final class QuarterParameter {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private QuarterParameter() {
    }

    /** The quarter as the pages and the API write it: {@code 2026-Q3}. */
    public static String format(Quarter quarter) {
        return quarter.year() + "-Q" + quarter.number();
    }

    /** The quarter written in {@code value}; blank means {@code current}; unreadable adds a violation and gives it. */
    public static Quarter parse(String value, Quarter current, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return current;
        }
        Matcher matcher = QUARTER.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= 2000
                && Integer.parseInt(matcher.group(1)) <= 2200) {
            return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        violations.add(FieldViolation.of("quarter", "reporting.validation.quarter", value));
        return current;
    }
}
