package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.reporting.summary.QuarterlyReportSql.Criteria;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The quarterly summary tables Mẫu 04, 05 and 06 (seed 002 §4 Bước 5–6) as .xlsx, for a quarter, optionally narrowed
 * to a unit and its subtree. Who gets which ratings: the personnel office the units it serves, a unit head the units
 * they lead and those below, an authority the cadres it manages, the administrator the whole province; anyone else
 * is refused. Ratings are those not cancelled; a cadre is placed by the positions held at the end of the quarter, or
 * today while it runs.
 * <p>
 * The documents are Vietnamese forms sent to the Ban Tổ chức Tỉnh ủy, so their text is always taken from the
 * Vietnamese bundle, whatever language the person's screen uses.
 */
@Service
public class QuarterlyReportService {

    static final Locale VIETNAMESE = ReportScopes.VIETNAMESE;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("[1-4]");

    private final ReportScopes scopes;
    private final Clock clock;
    private final DefaultPeriod defaultPeriod;
    private final QuarterlyReportSql sql;
    private final MessageSource messages;

    QuarterlyReportService(ReportScopes scopes, Clock clock, QuarterlyReportSql sql, MessageSource messages,
            DefaultPeriod defaultPeriod) {
        this.scopes = scopes;
        this.defaultPeriod = defaultPeriod;
        this.clock = clock;
        this.sql = sql;
        this.messages = messages;
    }

    /**
     * Checks the request and the person's right to a summary table: unknown form, year, quarter or unit → 400 naming
     * the field; no reporting role → 403. A blank year and quarter mean the current quarter.
     */
    @Transactional(readOnly = true)
    public QuarterlyReport prepare(String formSlug, String year, String quarter, Long unit) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<QuarterlyForm> form = QuarterlyForm.ofSlug(formSlug);
        if (form.isEmpty()) {
            violations.add(FieldViolation.of("form", "reporting.quarterly.validation.form", formSlug));
        }
        LocalDate today = scopes.today();
        Quarter chosen = null;
        boolean yearBlank = year == null || year.isBlank();
        boolean quarterBlank = quarter == null || quarter.isBlank();
        if (!yearBlank || !quarterBlank) {
            Integer chosenYear = checkYear(year, violations);
            Integer chosenQuarter = checkQuarter(quarterBlank ? "" : quarter, violations);
            if (chosenYear != null && chosenQuarter != null) {
                chosen = new Quarter(chosenYear, chosenQuarter);
            }
        }
        UnitTree tree = scopes.tree();
        violations.addAll(ReportScopes.checkUnit(unit, tree));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (chosen == null) {
            chosen = defaultPeriod.forReader();
        }
        ReportScope scope = scopes.of(unit, tree);
        LocalDate postedOn = today.isBefore(chosen.lastDay()) ? today : chosen.lastDay();
        Criteria criteria = new Criteria(chosen.year(), chosen.number(), postedOn, scope,
                form.get().higherAuthority());
        return new QuarterlyReport(form.get(), chosen, unit, scope.bodyName(), bodyUnit(unit, scope, tree),
                criteria);
    }

    /**
     * Passes the table's lines to {@code each} in the table's order, one at a time from a database cursor, for
     * another rendering of the same rows (the upward report's JSON).
     */
    @Transactional(readOnly = true)
    public void lines(QuarterlyReport report, Consumer<RatingLine> each) {
        sql.lines(report.criteria(), each);
    }

    private static UnitOption bodyUnit(Long unit, ReportScope scope, UnitTree tree) {
        if (unit != null) {
            return tree.option(unit);
        }
        List<Long> tops = scope.wholeProvince() ? tree.roots() : tree.tops(Set.copyOf(scope.units()));
        return tops.size() == 1 ? tree.option(tops.get(0)) : null;
    }

    /** A year from 2000 to 2200, or null after adding the violation. */
    static Integer checkYear(String year, List<FieldViolation> violations) {
        String text = year == null ? "" : year.strip();
        if (YEAR.matcher(text).matches() && Integer.parseInt(text) >= 2000 && Integer.parseInt(text) <= 2200) {
            return Integer.parseInt(text);
        }
        violations.add(FieldViolation.of("year", "reporting.quarterly.validation.year", text));
        return null;
    }

    /** A quarter 1–4, or null after adding the violation. */
    static Integer checkQuarter(String quarter, List<FieldViolation> violations) {
        String text = quarter.strip();
        if (QUARTER.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        violations.add(FieldViolation.of("quarter", "reporting.quarterly.validation.quarter", text));
        return null;
    }

    /**
     * Streams the table to {@code out}: the rows come from a database cursor and leave memory in windows of a hundred
     * rows ({@link vn.danhgia.reporting.StreamedWorkbook}), so the heap needed does not grow with the number of cadres.
     */
    @Transactional(readOnly = true)
    public void write(QuarterlyReport report, OutputStream out) throws IOException {
        QuarterlyForm form = report.form();
        Quarter quarter = report.quarter();
        String key = form.name();
        try (QuarterlyWorkbook workbook = new QuarterlyWorkbook(form, this::text)) {
            workbook.heading(report.bodyName().toUpperCase(VIETNAMESE), text(form.messageKey()),
                    text("reporting.quarterly.title." + key, quarter.roman(), String.valueOf(quarter.year())),
                    text("reporting.quarterly.subtitle." + key),
                    messages.getMessage("reporting.quarterly.note." + key, null, null, VIETNAMESE));
            sql.lines(report.criteria(), workbook::line);
            LocalDate today = LocalDate.now(clock);
            workbook.finish(text("reporting.quarterly.date", String.valueOf(today.getDayOfMonth()),
                            String.valueOf(today.getMonthValue()), String.valueOf(today.getYear())),
                    text("reporting.quarterly.signer." + key), text("reporting.quarterly.footnote." + key), out);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, VIETNAMESE);
    }
}
