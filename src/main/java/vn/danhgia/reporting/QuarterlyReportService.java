package vn.danhgia.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.QuarterlyReportSql.Criteria;
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

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<Role> REPORT_ROLES = Set.of(Role.ADMIN, Role.UNIT_HEAD, Role.PERSONNEL_OFFICER,
            Role.AUTHORITY);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("[1-4]");

    private final AccessScopes scopes;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ProgressBoardSql units;
    private final QuarterlyReportSql sql;
    private final MessageSource messages;

    QuarterlyReportService(AccessScopes scopes, CurrentActor currentActor, Clock clock, ProgressBoardSql units,
                           QuarterlyReportSql sql, MessageSource messages) {
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.clock = clock;
        this.units = units;
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
        LocalDate today = LocalDate.now(clock);
        Quarter chosen = Quarter.containing(today);
        boolean yearBlank = year == null || year.isBlank();
        boolean quarterBlank = quarter == null || quarter.isBlank();
        if (!yearBlank || !quarterBlank) {
            String yearText = yearBlank ? "" : year.strip();
            String quarterText = quarterBlank ? "" : quarter.strip();
            boolean yearValid = YEAR.matcher(yearText).matches() && Integer.parseInt(yearText) >= 2000
                    && Integer.parseInt(yearText) <= 2200;
            if (!yearValid) {
                violations.add(FieldViolation.of("year", "reporting.quarterly.validation.year", yearText));
            }
            boolean quarterValid = QUARTER.matcher(quarterText).matches();
            if (!quarterValid) {
                violations.add(FieldViolation.of("quarter", "reporting.quarterly.validation.quarter", quarterText));
            }
            if (yearValid && quarterValid) {
                chosen = new Quarter(Integer.parseInt(yearText), Integer.parseInt(quarterText));
            }
        }
        UnitTree tree = new UnitTree(units.units());
        if (unit != null && !tree.contains(unit)) {
            violations.add(FieldViolation.of("unit", "reporting.validation.unit", unit));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(REPORT_ROLES::contains)) {
            throw new AccessRefusedException("reporting.quarterly.refused");
        }
        boolean wholeProvince = actor.roles().contains(Role.ADMIN);
        AccessScope scope = scopes.of(actor, today);
        Set<Long> visible = new HashSet<>();
        scope.visibleUnits().forEach(id -> visible.add(id.value()));
        Set<Long> managed = new HashSet<>();
        scope.managed().forEach(id -> managed.add(id.value()));
        Set<Long> filterUnits = unit == null ? Set.of() : tree.subtree(unit);
        LocalDate postedOn = today.isBefore(chosen.lastDay()) ? today : chosen.lastDay();
        Criteria criteria = new Criteria(chosen.year(), chosen.number(), postedOn, wholeProvince, visible, managed,
                unit == null, filterUnits, form.get().higherAuthority());
        return new QuarterlyReport(form.get(), chosen, unit, bodyName(unit, wholeProvince, visible, tree), criteria);
    }

    /**
     * Streams the table to {@code out}: the rows come from a database cursor and leave memory in windows of
     * {@link QuarterlyWorkbook#ROW_WINDOW}, so the heap needed does not grow with the number of cadres.
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

    /** The body the table is from: the chosen unit, the province for the administrator, or the one unit seen. */
    private String bodyName(Long unit, boolean wholeProvince, Set<Long> visible, UnitTree tree) {
        if (unit != null) {
            return tree.name(unit);
        }
        if (wholeProvince) {
            return text("reporting.quarterly.province");
        }
        List<Long> tops = tree.tops(visible);
        return tops.size() == 1 ? tree.name(tops.get(0)) : text("reporting.quarterly.body");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, VIETNAMESE);
    }
}
