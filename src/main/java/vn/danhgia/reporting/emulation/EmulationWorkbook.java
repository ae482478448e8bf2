package vn.danhgia.reporting.emulation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.reporting.FormSheet;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.StreamedWorkbook;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The emulation summary tables as one streamed .xlsx (issue 14 §6): the titles and rewards per unit of the year, the
 * list of every award of the year (written row by row from a cursor), and the people one year away from a title.
 * Prepared and checked in full ({@link #prepare}) before the first byte is written.
 */
@Service
public class EmulationWorkbook {

    private static final int[] TITLE_WIDTHS = {6, 40, 12, 12, 12, 12, 12, 12, 12, 12, 12, 10};
    private static final int[] LIST_WIDTHS = {6, 12, 30, 12, 34, 30, 24};
    private static final int[] CHAIN_WIDTHS = {6, 12, 30, 34, 30, 12, 48};

    private final EmulationReports reports;
    private final EmulationReportSql sql;
    private final ReportScopes scopes;
    private final MessageSource messages;

    EmulationWorkbook(EmulationReports reports, EmulationReportSql sql, ReportScopes scopes, MessageSource messages) {
        this.reports = reports;
        this.sql = sql;
        this.scopes = scopes;
        this.messages = messages;
    }

    /** A checked request: the titles, the chains, and the scope the award list is read in. */
    public record Prepared(EmulationTitles titles, EmulationChains chains, ReportScope scope) {

        public String fileName() {
            return "bieu-tong-hop-thi-dua-khen-thuong-nam-" + titles.year() + ".xlsx";
        }
    }

    @Transactional(readOnly = true)
    public Prepared prepare(Integer year, Long unit) {
        EmulationReports.Checked checked = reports.check(year, unit);
        return new Prepared(reports.titles(checked), reports.chains(checked), checked.scope());
    }

    @Transactional(readOnly = true)
    public void write(Prepared report, OutputStream out) throws IOException {
        try (StreamedWorkbook book = new StreamedWorkbook()) {
            titles(book, report.titles());
            awards(book, report);
            chains(book, report.chains());
            book.write(out);
        }
    }

    private void titles(StreamedWorkbook book, EmulationTitles titles) {
        FormSheet sheet = book.sheet(text("emulationreports.sheet.titles"), TITLE_WIDTHS);
        List<String> headers = new ArrayList<>(List.of(text("reporting.quarterly.column.1"),
                text("emulationreports.column.unit")));
        titles.titles().forEach(title -> headers.add(text(title.messageKey())));
        headers.add(text("emulationreports.column.total"));
        sheet.heading(titles.bodyName(), text("emulationreports.state"), text("emulationreports.form"),
                List.of(text("emulationreports.titles.heading", String.valueOf(titles.year()))), null, headers);
        int number = 0;
        for (EmulationTitles.UnitLine line : titles.lines()) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            counts(book, row, "– ".repeat(line.depth()) + line.name(), line, titles.titles(), book.tableCell);
        }
        Row total = sheet.row();
        FormSheet.cell(total, 0, null, book.tableCell);
        counts(book, total, text("emulationreports.column.total"), titles.total(), titles.titles(),
                book.tableHeader);
        sheet.signature(dateLine(), null, text("reporting.quarterly.signature"), null);
    }

    private static void counts(StreamedWorkbook book, Row row, String label, EmulationTitles.UnitLine line,
            List<EmulationTitle> titles, CellStyle labelStyle) {
        FormSheet.cell(row, 1, label, labelStyle);
        int column = 2;
        for (EmulationTitle title : titles) {
            FormSheet.number(row, column++, line.count(title), book.tableNumber);
        }
        FormSheet.number(row, column, line.total(), book.tableNumber);
    }

    private void awards(StreamedWorkbook book, Prepared report) {
        FormSheet sheet = book.sheet(text("emulationreports.sheet.awards"), LIST_WIDTHS);
        sheet.line(text("emulationreports.awards.heading", String.valueOf(report.titles().year())), book.bold);
        sheet.skip();
        sheet.headers(List.of(text("reporting.quarterly.column.1"), text("emulationreports.column.code"),
                text("emulationreports.column.holder"), text("emulationreports.column.kind"),
                text("emulationreports.column.unit"), text("emulationreports.column.title"),
                text("emulationreports.column.decision")));
        int[] number = {0};
        sql.awards(report.titles().year(), report.scope(), award -> {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number[0], book.tableNumber);
            FormSheet.cell(row, 1, award.holderCode(), book.tableCell);
            FormSheet.cell(row, 2, award.holderName(), book.tableCell);
            FormSheet.cell(row, 3, text("emulation.holder." + award.holder()), book.tableCell);
            FormSheet.cell(row, 4, award.unitName(), book.tableCell);
            FormSheet.cell(row, 5, text("emulation.title." + award.title()), book.tableCell);
            FormSheet.cell(row, 6, award.decision(), book.tableCell);
        });
    }

    private void chains(StreamedWorkbook book, EmulationChains chains) {
        FormSheet sheet = book.sheet(text("emulationreports.sheet.chains"), CHAIN_WIDTHS);
        sheet.line(text("emulationreports.chains.heading", String.valueOf(chains.nextYear())), book.bold);
        sheet.line(text("emulationreports.chains.note", String.valueOf(chains.year())), book.italic);
        sheet.skip();
        sheet.headers(List.of(text("reporting.quarterly.column.1"), text("emulationreports.column.code"),
                text("emulationreports.column.person"), text("emulationreports.column.unit"),
                text("emulationreports.column.title"), text("emulationreports.column.run"),
                text("emulationreports.column.missing")));
        int number = 0;
        for (EmulationChains.Prospect prospect : chains.prospects()) {
            Row row = sheet.row();
            FormSheet.number(row, 0, ++number, book.tableNumber);
            FormSheet.cell(row, 1, prospect.code(), book.tableCell);
            FormSheet.cell(row, 2, prospect.fullName(), book.tableCell);
            FormSheet.cell(row, 3, prospect.unitName(), book.tableCell);
            FormSheet.cell(row, 4, text(prospect.title().messageKey()), book.tableCell);
            FormSheet.cell(row, 5, text("emulationreports.run", String.valueOf(prospect.yearsHeld()),
                    String.valueOf(prospect.yearsNeeded())), book.tableNumber);
            List<String> missing = prospect.missingTexts().stream().map(this::text).toList();
            FormSheet.cell(row, 6, missing.isEmpty() ? text("emulationreports.missing.none")
                    : String.join("; ", missing), book.tableCell);
        }
    }

    private String dateLine() {
        var today = scopes.today();
        return text("reporting.quarterly.date", String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, ReportScopes.VIETNAMESE);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ReportScopes.VIETNAMESE);
    }
}
