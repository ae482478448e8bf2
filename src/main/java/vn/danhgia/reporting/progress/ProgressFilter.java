package vn.danhgia.reporting.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.scheme.Quarter;

/**
 * What the progress board shows: a quarter, optionally one unit and its subtree, one status, a name search (with or
 * without diacritics) and a page (1-based). Read from request parameters by {@link #parse}.
 */
public record ProgressFilter(Quarter quarter, Long unitId, ProgressStatus status, String search, int page) {

    public static final int PAGE_SIZE = 50;
    private static final int MAX_SEARCH_LENGTH = 100;

    public ProgressFilter {
        search = search == null ? "" : search.strip();
    }

    /** The quarter as the API and the page write it: {@code 2026-Q3}. */
    public static String format(Quarter quarter) {
        return QuarterParameter.format(quarter);
    }

    /**
     * Reads the parameters as the page and the API send them; a blank quarter means the current one, blanks elsewhere
     * mean no filter. Refuses with the fields that cannot be read.
     */
    public static ProgressFilter parse(String quarter, Long unit, String status, String search, Integer page,
                                       Quarter current) {
        List<FieldViolation> violations = new ArrayList<>();
        Quarter chosen = QuarterParameter.parse(quarter, current, violations);
        ProgressStatus chosenStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                chosenStatus = ProgressStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add(FieldViolation.of("status", "reporting.validation.status", status));
            }
        }
        if (page != null && page < 1) {
            violations.add(FieldViolation.of("page", "reporting.validation.page", page));
        }
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            violations.add(FieldViolation.of("q", "reporting.validation.search", MAX_SEARCH_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProgressFilter(chosen, unit, chosenStatus, search, page == null ? 1 : page);
    }

    public ProgressFilter withPage(int number) {
        return new ProgressFilter(quarter, unitId, status, search, number);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
