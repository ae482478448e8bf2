package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.FormSheet;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.StreamedWorkbook;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.reporting.forms.FormDocument;
import vn.danhgia.reporting.forms.FormFormat;
import vn.danhgia.reporting.forms.FormRenderer;
import vn.danhgia.rules.RatingLevel;

/**
 * The yearly summary tables (issue 13 §7; seed 003 §2.1 item 12 "Biểu số 01 và số 02"): counts and shares per level
 * of the decided yearly ratings, Biểu 01 for collectives and Biểu 02 for individuals (civil servants and public
 * employees), and the party-member results for the party committee, as .xlsx (streamed), .docx and .pdf. The figures
 * are those of the yearly ratings board: one statement ({@link AnnualLevelsSql}) per table.
 */
@Service
public class AnnualLevelsReport {

    /** Which tables: the agency's summary (collectives and individuals) or the party committee's (party members). */
    public enum Kind {
        LEVELS(List.of("COLLECTIVE", "STATE"), "STATE"),
        PARTY_MEMBERS(List.of("PARTY"), "PARTY");

        final List<String> tracks;
        final String listed;

        Kind(List<String> tracks, String listed) {
            this.tracks = tracks;
            this.listed = listed;
        }
    }

    /** One row: whose counts (the unit's code too, none for the total), and the decided ratings per level. */
    public record Line(String label, long excellent, long good, long completed, long notCompleted, String unitCode) {

        public long total() {
            return excellent + good + completed + notCompleted;
        }

        public long count(RatingLevel level) {
            return switch (level) {
                case EXCELLENT -> excellent;
                case GOOD -> good;
                case COMPLETED -> completed;
                case NOT_COMPLETED -> notCompleted;
            };
        }

        /** The level's share of the total in per cent, one decimal, 0 for an empty row. */
        public double share(RatingLevel level) {
            return total() == 0 ? 0 : Math.round(count(level) * 1000.0 / total()) / 10.0;
        }

        Line plus(Line other) {
            return new Line(label, excellent + other.excellent, good + other.good, completed + other.completed,
                    notCompleted + other.notCompleted, unitCode);
        }
    }

    /** A table: its form number and title, one line per unit and the total. */
    public record Table(String track, String formNumber, String title, List<Line> lines, Line total) {
    }

    /** A checked request: the year and whose ratings. */
    public record Prepared(Kind kind, int year, String bodyName, List<Table> tables, ReportScope scope) {

        public String fileName(String extension) {
            return (kind == Kind.LEVELS ? "bieu-tong-hop-xep-loai-nam-" : "ket-qua-xep-loai-dang-vien-nam-") + year
                    + "." + extension;
        }
    }

    /** What the PDF template reads. */
    public record Form(String party, String body, String heading, String subtitle, List<String> levelNames,
                       List<Table> tables, String dateLine, String signature, String unitHeader, String totalLabel,
                       List<RatingLevel> levels) {
    }

    private static final int[] WIDTHS = {6, 40, 10, 9, 10, 9, 10, 9, 10, 9, 10};
    private static final int[] LIST_WIDTHS = {6, 14, 30, 36, 24, 18};

    private final AnnualLevelsSql sql;
    private final ReportScopes scopes;
    private final MessageSource messages;
    private final FormRenderer renderer;

    AnnualLevelsReport(AnnualLevelsSql sql, ReportScopes scopes, MessageSource messages, FormRenderer renderer) {
        this.sql = sql;
        this.scopes = scopes;
        this.messages = messages;
        this.renderer = renderer;
    }

    /** Checks the year and the unit, works out the tables; nothing is written yet. */
    @Transactional(readOnly = true)
    public Prepared prepare(Kind kind, Integer year, Long unit) {
        scopes.requireReporter();
        UnitTree tree = scopes.tree();
        List<FieldViolation> violations = new ArrayList<>(ReportScopes.checkUnit(unit, tree));
        if (year == null || year < 2000 || year > 2100) {
            violations.add(FieldViolation.of("year", "annual.report.yearInvalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ReportScope scope = scopes.of(unit, tree);
        List<Table> tables = new ArrayList<>();
        for (String track : kind.tracks) {
            List<Line> lines = new ArrayList<>();
            sql.perUnit(year, List.of(track), scope, counts -> lines.add(new Line(counts.name(), counts.excellent(),
                    counts.good(), counts.completed(), counts.notCompleted(), counts.code())));
            Line total = new Line(text("reporting.quarterly.summary.total"), 0, 0, 0, 0, null);
            for (Line line : lines) {
                total = total.plus(line);
            }
            tables.add(new Table(track, text("annual.report.form." + track), text("annual.report.title." + track,
                    year), lines, total));
        }
        return new Prepared(kind, year, scope.bodyName(), tables, scope);
    }

    /** The tables, then the list of every rated person, streamed. */
    @Transactional(readOnly = true)
    public void writeXlsx(Prepared report, OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>(List.of(text("reporting.quarterly.column.1"),
                text("annual.report.column.unit")));
        for (RatingLevel level : RatingLevel.values()) {
            headers.add(text(level.messageKey()));
            headers.add(text("annual.report.column.share"));
        }
        headers.add(text("reporting.quarterly.summary.total"));
        try (StreamedWorkbook book = new StreamedWorkbook()) {
            for (Table table : report.tables()) {
                FormSheet sheet = book.sheet(table.formNumber(), WIDTHS);
                sheet.heading(report.bodyName(), text("reporting.quarterly.party"), table.formNumber(),
                        List.of(table.title()), null, headers);
                int number = 0;
                for (Line line : table.lines()) {
                    Row row = sheet.row();
                    FormSheet.number(row, 0, ++number, book.tableNumber);
                    counts(book, row, line, book.tableCell);
                }
                Row total = sheet.row();
                FormSheet.cell(total, 0, null, book.tableCell);
                counts(book, total, table.total(), book.tableHeader);
                signature(sheet);
            }
            FormSheet list = book.sheet(text("annual.report.list.sheet"), LIST_WIDTHS);
            list.line(text("annual.report.list.title." + report.kind().listed, report.year()), book.bold);
            list.skip();
            list.headers(List.of(text("reporting.quarterly.column.1"), text("annual.report.list.code"),
                    text("annual.report.list.name"), text("annual.report.column.unit"),
                    text("annual.report.list.level"), text("annual.report.list.status")));
            int[] number = {0};
            sql.people(report.year(), report.kind().listed, report.scope(), person -> {
                Row row = list.row();
                FormSheet.number(row, 0, ++number[0], book.tableNumber);
                FormSheet.cell(row, 1, person.code(), book.tableCell);
                FormSheet.cell(row, 2, person.fullName(), book.tableCell);
                FormSheet.cell(row, 3, person.unitName(), book.tableCell);
                FormSheet.cell(row, 4, person.level() == null ? "" : text("rule.level." + person.level()),
                        book.tableCell);
                FormSheet.cell(row, 5, text("review.rating.status." + person.status()), book.tableCell);
            });
            book.write(out);
        }
    }

    public void writeDocx(Prepared report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, text("reporting.quarterly.party"), true, ParagraphAlignment.RIGHT);
            paragraph(document, report.bodyName(), true, ParagraphAlignment.LEFT);
            for (Table table : report.tables()) {
                paragraph(document, table.formNumber(), false, ParagraphAlignment.RIGHT);
                paragraph(document, table.title(), true, ParagraphAlignment.CENTER);
                XWPFTable grid = document.createTable(table.lines().size() + 2, 11);
                grid.setWidth("100%");
                List<String> headers = new ArrayList<>(List.of(text("reporting.quarterly.column.1"),
                        text("annual.report.column.unit")));
                for (RatingLevel level : RatingLevel.values()) {
                    headers.add(text(level.messageKey()));
                    headers.add(text("annual.report.column.share"));
                }
                headers.add(text("reporting.quarterly.summary.total"));
                fill(grid.getRow(0), headers);
                int number = 0;
                for (Line line : table.lines()) {
                    fill(grid.getRow(++number), cells(String.valueOf(number), line));
                }
                fill(grid.getRow(number + 1), cells("", table.total()));
            }
            LocalDate today = scopes.today();
            paragraph(document, dateLine(today), false, ParagraphAlignment.RIGHT);
            paragraph(document, text("reporting.quarterly.signature"), false, ParagraphAlignment.RIGHT);
            document.write(out);
        }
    }

    public void writePdf(Prepared report, OutputStream out) throws IOException {
        List<String> levels = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            levels.add(text(level.messageKey()));
        }
        Form form = new Form(text("reporting.quarterly.party"), report.bodyName(),
                text("annual.report.heading." + report.kind().name(), report.year()), null, levels, report.tables(),
                dateLine(scopes.today()), text("reporting.quarterly.signature"), text("annual.report.column.unit"),
                text("reporting.quarterly.summary.total"), List.of(RatingLevel.values()));
        renderer.write(new FormDocument("ket-qua-xep-loai-nam", report.fileName("pdf"), form), FormFormat.PDF, out);
    }

    private static List<String> cells(String number, Line line) {
        List<String> cells = new ArrayList<>(List.of(number, line.label()));
        for (RatingLevel level : RatingLevel.values()) {
            cells.add(String.valueOf(line.count(level)));
            cells.add(String.format(java.util.Locale.ROOT, "%.1f", line.share(level)).replace('.', ','));
        }
        cells.add(String.valueOf(line.total()));
        return cells;
    }

    private static void fill(XWPFTableRow row, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            row.getCell(column).setText(values.get(column));
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }

    private void signature(FormSheet sheet) {
        sheet.signature(dateLine(scopes.today()), null, text("reporting.quarterly.signature"), null);
    }

    private String dateLine(LocalDate today) {
        return messages.getMessage("reporting.quarterly.date", new Object[] {String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear())}, ReportScopes.VIETNAMESE);
    }

    private static void counts(StreamedWorkbook book, Row row, Line line, org.apache.poi.ss.usermodel.CellStyle label) {
        FormSheet.cell(row, 1, line.label(), label);
        int column = 2;
        for (RatingLevel level : RatingLevel.values()) {
            FormSheet.number(row, column++, line.count(level), book.tableNumber);
            FormSheet.number(row, column++, line.share(level), book.tablePercent);
        }
        FormSheet.number(row, column, line.total(), book.tableNumber);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ReportScopes.VIETNAMESE);
    }
}
