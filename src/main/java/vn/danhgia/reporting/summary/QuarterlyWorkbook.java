package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import vn.danhgia.reporting.FormSheet;
import vn.danhgia.reporting.StreamedWorkbook;
import vn.danhgia.rules.RatingLevel;


/**
 * Writes one summary table as .xlsx with a {@link StreamedWorkbook}, so only a window of rows is kept in memory. Layout as the
 * seed's templates (seed 002, the tables after Mẫu 03): the body's name and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side,
 * the title with the quarter, then the seven columns STT | Họ và tên | Chức vụ, đơn vị công tác | Cá nhân tự đề xuất
 * mức xếp loại | Cấp có thẩm quyền đề xuất mức xếp loại | Tóm tắt căn cứ … | Đề xuất nội dung liên quan về công tác
 * cán bộ, the date and signature lines and the template's note.
 * <p>
 * What the seed leaves open, chosen here: in Mẫu 04, a report of results, the fifth column holds the level decided
 * and the sixth the decision's comment and any force majeure reason; in Mẫu 05 and 06, proposals, the fifth holds the
 * unit head's proposal and the sixth its comment. The seventh column has no source in the application yet and is left
 * blank for the body to fill in. Below the table, every form counts its cadres per level of the fifth column.
 */
final class QuarterlyWorkbook implements AutoCloseable {

    private static final int COLUMNS = 7;

    private final StreamedWorkbook book = new StreamedWorkbook();
    private final FormSheet sheet;
    private final Function<String, String> text;
    private final QuarterlyForm form;
    private final LevelCounts counts = new LevelCounts();
    private int number;

    /**
     * {@code text} resolves a message key (with its arguments already applied where needed) to the document text; each
     * key is resolved once, as the level names are asked for on every row.
     */
    QuarterlyWorkbook(QuarterlyForm form, Function<String, String> text) {
        this.form = form;
        Map<String, String> texts = new HashMap<>();
        this.text = key -> texts.computeIfAbsent(key, text);
        sheet = book.sheet(text.apply("reporting.quarterly.sheet"), 6, 28, 36, 22, 22, 40, 28);
    }

    /** The heading block down to the column headers; the body name is shown in capitals, as on the templates. */
    void heading(String bodyName, String formNumber, String title, String subtitle, String note) {
        sheet.heading(bodyName, text.apply("reporting.quarterly.party"), formNumber,
                subtitle == null ? List.of(title) : List.of(title, subtitle), note, columnHeaders(text));
    }

    /** The seven columns of the seed's templates, shared by the yearly tables. */
    static List<String> columnHeaders(Function<String, String> text) {
        return IntStream.rangeClosed(1, COLUMNS)
                .mapToObj(column -> text.apply("reporting.quarterly.column." + column)).toList();
    }

    /** One cadre's row, numbered in order. */
    void line(RatingLine line) {
        String level = form.level(line);
        Row row = sheet.row();
        FormSheet.number(row, 0, ++number, book.tableNumber);
        FormSheet.cell(row, 1, line.fullName(), book.tableCell);
        FormSheet.cell(row, 2, join(line.positionTitle(), line.unitName()), book.tableCell);
        FormSheet.cell(row, 3, levelName(line.selfProposedLevel(), text), book.tableCell);
        FormSheet.cell(row, 4, levelName(level, text), book.tableCell);
        FormSheet.cell(row, 5, form.reasons(line), book.tableCell);
        FormSheet.cell(row, 6, null, book.tableCell);
        counts.add(level);
    }

    /** The count per level, the date and signature lines and the template's note; then the file goes out. */
    void finish(String dateLine, String signer, String footnote, OutputStream out) throws IOException {
        sheet.skip();
        FormSheet.cell(sheet.row(), 1, text.apply("reporting.quarterly.summary"), book.boldLeft);
        for (LevelCounts.Line count : counts.lines(text)) {
            summaryRow(count.label(), count.count());
        }
        sheet.signature(dateLine, signer, text.apply("reporting.quarterly.signature"), footnote);
        book.write(out);
    }

    /** Removes the temporary file of flushed rows. */
    @Override
    public void close() throws IOException {
        book.close();
    }

    private void summaryRow(String label, long count) {
        Row row = sheet.row();
        FormSheet.cell(row, 1, label, book.tableCell);
        FormSheet.number(row, 2, count, book.tableNumber);
    }

    /** The official name of a stored level (EXCELLENT …), the stored text if unknown, null for none. */
    static String levelName(String level, Function<String, String> text) {
        RatingLevel known = level(level);
        return known == null ? level : text.apply(known.messageKey());
    }

    static RatingLevel level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return RatingLevel.valueOf(level);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }
}
