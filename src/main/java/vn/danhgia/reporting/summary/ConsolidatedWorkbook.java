package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import vn.danhgia.reporting.FormSheet;
import vn.danhgia.reporting.LevelCountsSql.UnitCounts;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.StreamedWorkbook;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.Discrepancy;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.YearLine;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quota.QuotaAllowance;

/**
 * Writes the consolidated report's sheets one after the other into one {@link StreamedWorkbook}: the yearly Mẫu 04/05/06
 * tables, the counts and shares per unit and level, quota compliance, late submissions, discrepancies and the alerts
 * on the use of results. Every row is written as it comes and leaves memory with the workbook's window; only a few
 * counters are kept. The text is the Vietnamese bundle's, as the forms are sent upwards in Vietnamese.
 */
final class ConsolidatedWorkbook implements AutoCloseable {

    /** Shares are percentages with one decimal, rounded half up (seed 002 §6.1 rounds half up, too). */
    static final int SHARE_SCALE = 1;
    private static final Locale VIETNAMESE = ReportScopes.VIETNAMESE;
    private static final int[] YEAR_WIDTHS = {6, 26, 34, 18, 18, 18, 18, 36, 24};
    private static final RatingLevel[] LEVELS = RatingLevel.values();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StreamedWorkbook book = new StreamedWorkbook();
    private final MessageSource messages;
    private final Map<String, String> texts = new HashMap<>();
    private final Function<String, String> plainText;
    private final String bodyName;
    private final String periodTitle;

    ConsolidatedWorkbook(MessageSource messages, String bodyName, String periodTitle) {
        this.messages = messages;
        this.plainText = key -> text(key);
        this.bodyName = bodyName;
        this.periodTitle = periodTitle;
    }

    /** One yearly Mẫu 04/05/06 table, filled by the caller row by row. */
    final class YearTable {

        private final QuarterlyForm form;
        private final FormSheet sheet;
        private final long[][] counts = new long[4][LEVELS.length];
        private int number;

        private YearTable(QuarterlyForm form, int year) {
            this.form = form;
            String key = form.name();
            sheet = book.sheet(text("reports.sheet.year." + key), YEAR_WIDTHS);
            List<String> seedColumns = QuarterlyWorkbook.columnHeaders(plainText);
            List<String> headers = new ArrayList<>(seedColumns.subList(0, 3));
            for (int quarter = 1; quarter <= 4; quarter++) {
                headers.add(text("reports.year.quarterColumn." + key, quarter));
            }
            headers.addAll(seedColumns.subList(5, 7));
            sheet.heading(bodyName, text("reporting.quarterly.party"), text(form.messageKey()),
                    List.of(text("reports.year.title." + key, year), text("reporting.quarterly.subtitle." + key)),
                    messages.getMessage("reporting.quarterly.note." + key, null, null, VIETNAMESE), headers);
        }

        void line(YearLine line) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, line.fullName(), book.tableCell);
            FormSheet.cell(row, 2, QuarterlyWorkbook.join(line.positionTitle(), line.unitName()), book.tableCell);
            List<String> comments = new ArrayList<>();
            for (int quarter = 1; quarter <= 4; quarter++) {
                int index = quarter - 1;
                String level = form.reportsDecisions() ? line.decided()[index] : line.proposed()[index];
                RatingLevel known = QuarterlyWorkbook.level(level);
                if (known != null) {
                    counts[index][known.ordinal()]++;
                }
                FormSheet.cell(row, 2 + quarter, quarterCell(level, line.deferred()[index], line.exempt()),
                        book.tableCell);
                String comment = form.reportsDecisions() ? line.decisionComments()[index]
                        : line.headComments()[index];
                if (comment != null && !comment.isBlank()) {
                    comments.add(text("reports.year.comment", quarter, comment));
                }
            }
            FormSheet.cell(row, 7, comments.isEmpty() ? null : String.join("; ", comments), book.tableCell);
            FormSheet.cell(row, 8, null, book.tableCell);
        }

        /** The count per level under each quarter's column, then the date and signature lines. */
        void finish(LocalDate today) {
            sheet.skip();
            FormSheet.cell(sheet.row(), 1, text("reporting.quarterly.summary"), book.boldLeft);
            for (RatingLevel level : LEVELS) {
                Row row = sheet.row();
                FormSheet.cell(row, 2, text(level.messageKey()), book.tableCell);
                for (int quarter = 0; quarter < 4; quarter++) {
                    FormSheet.number(row, 3 + quarter, counts[quarter][level.ordinal()], book.tableNumber);
                }
            }
            String key = form.name();
            sheet.signature(dateLine(today), text("reporting.quarterly.signer." + key),
                    text("reporting.quarterly.signature"), text("reporting.quarterly.footnote." + key));
        }

        private String quarterCell(String level, boolean deferred, boolean exempt) {
            if (level != null) {
                return QuarterlyWorkbook.levelName(level, plainText);
            }
            if (deferred) {
                return text("reports.year.deferred");
            }
            return exempt ? text("reports.year.exempt") : null;
        }
    }

    YearTable yearTable(QuarterlyForm form, int year) {
        return new YearTable(form, year);
    }

    /** Counts and shares per unit and level, with a totals row. */
    final class CountsTable {

        private final FormSheet sheet;
        private final long[] totals = new long[LEVELS.length + 2];
        private int number;

        private CountsTable() {
            sheet = book.sheet(text("reports.sheet.counts"), 6, 34, 12, 10, 10, 10, 10, 10, 10, 10, 10, 12);
            titles(sheet, "reports.counts.title");
            List<String> headers = new ArrayList<>(List.of(text("reporting.quarterly.column.1"),
                    text("reports.counts.unit"), text("reports.counts.rated")));
            for (RatingLevel level : LEVELS) {
                headers.add(text("reports.counts.number", text(level.messageKey())));
                headers.add(text("reports.counts.share", text(level.messageKey())));
            }
            headers.add(text("reporting.quarterly.summary.noLevel"));
            sheet.headers(headers);
        }

        void unit(UnitCounts unit) {
            long[] figures = {unit.excellent(), unit.good(), unit.completed(), unit.notCompleted()};
            row(number + 1, unit.name(), unit.rated(), figures, unit.undecided());
            number++;
            totals[0] += unit.rated();
            for (int level = 0; level < LEVELS.length; level++) {
                totals[1 + level] += figures[level];
            }
            totals[LEVELS.length + 1] += unit.undecided();
        }

        void finish() {
            long[] figures = new long[LEVELS.length];
            System.arraycopy(totals, 1, figures, 0, LEVELS.length);
            row(null, text("reports.counts.total"), totals[0], figures, totals[LEVELS.length + 1]);
            sheet.skip();
            sheet.line(text("reports.counts.note"), book.plain);
        }

        private void row(Integer order, String name, long rated, long[] figures, long undecided) {
            Row row = sheet.row();
            if (order == null) {
                FormSheet.cell(row, 0, null, book.tableNumber);
            } else {
                FormSheet.number(row, 0, order, book.tableNumber);
            }
            FormSheet.cell(row, 1, name, order == null ? book.tableHeader : book.tableCell);
            FormSheet.number(row, 2, rated, book.tableNumber);
            long decided = 0;
            for (long figure : figures) {
                decided += figure;
            }
            for (int level = 0; level < figures.length; level++) {
                FormSheet.number(row, 3 + 2 * level, figures[level], book.tableNumber);
                if (decided == 0) {
                    FormSheet.cell(row, 4 + 2 * level, null, book.tablePercent);
                } else {
                    FormSheet.number(row, 4 + 2 * level, share(figures[level], decided).doubleValue(),
                            book.tablePercent);
                }
            }
            FormSheet.number(row, 3 + 2 * figures.length, undecided, book.tableNumber);
        }
    }

    CountsTable countsTable() {
        return new CountsTable();
    }

    /** {@code part} of {@code whole} in percent, one decimal, half up: 1 of 3 → 33.3, 2 of 3 → 66.7. */
    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** Peer groups' EXCELLENT decisions against the places allowed. */
    final class QuotaTable {

        private final FormSheet sheet;
        private int number;

        private QuotaTable() {
            sheet = book.sheet(text("reports.sheet.quota"), 6, 30, 10, 12, 14, 14, 14, 30);
            titles(sheet, "reports.quota.title");
            sheet.headers(columns("reports.quota.column.", 8));
        }

        void group(String group, int quarter, int decided, int goodOrBetter, QuotaAllowance allowance,
                   int excellent) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, group, book.tableCell);
            FormSheet.cell(row, 2, text("reports.quarter", quarter), book.tableNumber);
            FormSheet.number(row, 3, decided, book.tableNumber);
            FormSheet.number(row, 4, goodOrBetter, book.tableNumber);
            FormSheet.number(row, 5, allowance.places(), book.tableNumber);
            FormSheet.number(row, 6, excellent, book.tableNumber);
            String verdict = excellent > allowance.places() ? "over" : excellent < allowance.places() ? "under" : "at";
            FormSheet.cell(row, 7, text("reports.quota.verdict." + verdict), book.tableCell);
        }

        /** Ratings of the quarter decided without a peer group recorded: counted in no group's places. */
        void ungrouped(int quarter, int decided) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, text("reports.quota.ungrouped"), book.tableCell);
            FormSheet.cell(row, 2, text("reports.quarter", quarter), book.tableNumber);
            FormSheet.number(row, 3, decided, book.tableNumber);
            FormSheet.cell(row, 7, text("reports.quota.verdict.ungrouped"), book.tableCell);
        }

        void finish() {
            sheet.skip();
            sheet.line(text("reports.quota.note"), book.plain);
        }
    }

    QuotaTable quotaTable() {
        return new QuotaTable();
    }

    /** Plans and self-assessments submitted after the deadline, or not at all once it passed. */
    final class LateTable {

        private final FormSheet sheet;
        private int number;

        private LateTable() {
            sheet = book.sheet(text("reports.sheet.late"), 6, 26, 30, 10, 26, 12, 12, 12, 16);
            titles(sheet, "reports.late.title");
            sheet.headers(columns("reports.late.column.", 9));
        }

        /** {@code submitted} null: not submitted, the days counted to today. */
        void late(String fullName, String unitName, int quarter, String step, LocalDate lastDayInTime,
                  LocalDate submitted, long daysLate) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, fullName, book.tableCell);
            FormSheet.cell(row, 2, unitName, book.tableCell);
            FormSheet.cell(row, 3, text("reports.quarter", quarter), book.tableNumber);
            FormSheet.cell(row, 4, text("reports.late.step." + step), book.tableCell);
            FormSheet.cell(row, 5, day(lastDayInTime), book.tableNumber);
            FormSheet.cell(row, 6, submitted == null ? null : day(submitted), book.tableNumber);
            FormSheet.number(row, 7, daysLate, book.tableNumber);
            FormSheet.cell(row, 8, text(submitted == null ? "reports.late.missing" : "reports.late.submittedLate"),
                    book.tableCell);
        }

        void finish() {
            sheet.skip();
            sheet.line(text("reports.late.note"), book.plain);
        }
    }

    LateTable lateTable() {
        return new LateTable();
    }

    /** Head's proposal and own proposal against the level decided. */
    final class DiscrepancyTable {

        private final FormSheet sheet;
        private int number;

        private DiscrepancyTable() {
            sheet = book.sheet(text("reports.sheet.discrepancies"), 6, 26, 30, 10, 22, 22, 22, 44);
            titles(sheet, "reports.discrepancies.title");
            sheet.headers(columns("reports.discrepancies.column.", 8));
        }

        void discrepancy(Discrepancy discrepancy) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, discrepancy.fullName(), book.tableCell);
            FormSheet.cell(row, 2, discrepancy.unitName(), book.tableCell);
            FormSheet.cell(row, 3, text("reports.quarter", discrepancy.quarter()), book.tableNumber);
            FormSheet.cell(row, 4, QuarterlyWorkbook.levelName(discrepancy.selfProposed(), plainText), book.tableCell);
            FormSheet.cell(row, 5, QuarterlyWorkbook.levelName(discrepancy.headProposed(), plainText), book.tableCell);
            FormSheet.cell(row, 6, QuarterlyWorkbook.levelName(discrepancy.decided(), plainText), book.tableCell);
            RatingLevel decided = QuarterlyWorkbook.level(discrepancy.decided());
            List<String> findings = new ArrayList<>();
            compare("head", QuarterlyWorkbook.level(discrepancy.headProposed()), decided, findings);
            compare("self", QuarterlyWorkbook.level(discrepancy.selfProposed()), decided, findings);
            if (discrepancy.recorded()) {
                findings.add(text("reports.discrepancies.recorded"));
            }
            FormSheet.cell(row, 7, String.join("; ", findings), book.tableCell);
        }

        private void compare(String who, RatingLevel proposed, RatingLevel decided, List<String> findings) {
            if (proposed != null && decided != null && proposed != decided) {
                findings.add(text("reports.discrepancies." + who + (proposed.isAbove(decided) ? ".higher" : ".lower")));
            }
        }
    }

    DiscrepancyTable discrepancyTable() {
        return new DiscrepancyTable();
    }

    /** Replacement alerts and cadres who cannot be EXCELLENT for the year (seed 002 §5). */
    final class AlertTable {

        private final FormSheet sheet;
        private int number;

        private AlertTable() {
            sheet = book.sheet(text("reports.sheet.alerts"), 6, 26, 30, 48, 44);
            titles(sheet, "reports.alerts.title");
            sheet.headers(columns("reports.alerts.column.", 5));
        }

        void alert(String fullName, String unitName, String alert, String basis) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, fullName, book.tableCell);
            FormSheet.cell(row, 2, unitName, book.tableCell);
            FormSheet.cell(row, 3, alert, book.tableCell);
            FormSheet.cell(row, 4, basis, book.tableCell);
        }

        void finish() {
            sheet.skip();
            sheet.line(text("reports.alerts.note"), book.plain);
        }
    }

    AlertTable alertTable() {
        return new AlertTable();
    }

    void write(OutputStream out) throws IOException {
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }

    /**
     * The Vietnamese text of a key. Texts without arguments or with whole numbers only (a quarter, a year) are looked
     * up once per workbook: the late sheet alone asks for the same few texts hundreds of thousands of times, and each
     * look-up walks the application's thirty-odd bundles.
     */
    String text(String key, Object... arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof Integer)) {
                return messages.getMessage(key, arguments, VIETNAMESE);
            }
        }
        return texts.computeIfAbsent(arguments.length == 0 ? key : key + Arrays.toString(arguments),
                any -> messages.getMessage(key, arguments.length == 0 ? null : arguments, VIETNAMESE));
    }

    String dateLine(LocalDate today) {
        return text("reporting.quarterly.date", String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
    }

    private void titles(FormSheet sheet, String titleKey) {
        sheet.line(bodyName, book.boldLeft);
        sheet.skip();
        sheet.line(text(titleKey, periodTitle), book.bold);
        sheet.skip();
    }

    private List<String> columns(String prefix, int count) {
        List<String> headers = new ArrayList<>();
        for (int column = 1; column <= count; column++) {
            headers.add(text(prefix + column));
        }
        return headers;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
