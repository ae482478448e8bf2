package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.reporting.FormSheet;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.StreamedWorkbook;
import vn.danhgia.rules.RatingLevel;

/**
 * A table of rated cadres per level, one row per reporting body and a total row, as .xlsx in the look of the summary
 * tables ({@link StreamedWorkbook}, {@link FormSheet}): the party's name, the title, STT | the body | the four levels |
 * Tổng số, a note and the date and signature lines. The level above's consolidation of the upward reports it received
 * is written with it. The standard texts are always Vietnamese, as for the summary tables.
 */
@Component
public class LevelTotalsWorkbook {

    private static final int[] WIDTHS = {6, 44, 18, 18, 18, 18, 12};

    /** One row: whose counts, and the number of cadres per level and in all. */
    public record Line(String label, long excellent, long good, long completed, long notCompleted, long total) {
    }

    /** What the table says around the figures, in Vietnamese. */
    public record Texts(String title, String subtitle, String labelHeader, String totalLabel, String note,
                        String signer) {
    }

    private final ReportScopes scopes;
    private final MessageSource messages;

    LevelTotalsWorkbook(ReportScopes scopes, MessageSource messages) {
        this.scopes = scopes;
        this.messages = messages;
    }

    public void write(Texts texts, List<Line> lines, Line total, OutputStream out) throws IOException {
        Function<String, String> text = key -> messages.getMessage(key, null, ReportScopes.VIETNAMESE);
        List<String> headers = new ArrayList<>(List.of(text.apply("reporting.quarterly.column.1"),
                texts.labelHeader()));
        for (RatingLevel level : RatingLevel.values()) {
            headers.add(text.apply(level.messageKey()));
        }
        headers.add(text.apply("reporting.quarterly.summary.total"));
        try (StreamedWorkbook book = new StreamedWorkbook()) {
            FormSheet sheet = book.sheet(text.apply("reporting.quarterly.sheet"), WIDTHS);
            sheet.heading("", text.apply("reporting.quarterly.party"), "", List.of(texts.title()), texts.subtitle(),
                    headers);
            int number = 0;
            for (Line line : lines) {
                Row row = sheet.row();
                FormSheet.number(row, 0, ++number, book.tableNumber);
                counts(book, row, line, book.tableCell);
            }
            Row totalRow = sheet.row();
            FormSheet.cell(totalRow, 0, null, book.tableCell);
            counts(book, totalRow, total, book.tableHeader);
            sheet.skip();
            sheet.line(texts.note(), book.plain);
            LocalDate today = scopes.today();
            sheet.signature(messages.getMessage("reporting.quarterly.date", new Object[] {
                            String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                            String.valueOf(today.getYear())}, ReportScopes.VIETNAMESE),
                    texts.signer(), text.apply("reporting.quarterly.signature"), null);
            book.write(out);
        }
    }

    private static void counts(StreamedWorkbook book, Row row, Line line, CellStyle label) {
        FormSheet.cell(row, 1, line.label(), label);
        FormSheet.number(row, 2, line.excellent(), book.tableNumber);
        FormSheet.number(row, 3, line.good(), book.tableNumber);
        FormSheet.number(row, 4, line.completed(), book.tableNumber);
        FormSheet.number(row, 5, line.notCompleted(), book.tableNumber);
        FormSheet.number(row, 6, line.total(), book.tableNumber);
    }
}
