package vn.danhgia.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.danhgia.reporting.QuarterlyReportSql.Line;
import vn.danhgia.rules.RatingLevel;

/**
 * Writes one summary table as .xlsx with POI's streaming workbook: only the last {@link #ROW_WINDOW} rows are kept in
 * memory, older ones go to a compressed temporary file that is removed when the table is written. Layout as the
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

    static final int ROW_WINDOW = 100;
    private static final int COLUMNS = 7;
    private static final int[] WIDTHS = {6, 28, 36, 22, 22, 40, 28};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final SXSSFSheet sheet;
    private final Function<String, String> text;
    private final QuarterlyForm form;
    private final CellStyle plain;
    private final CellStyle bold;
    private final CellStyle boldLeft;
    private final CellStyle italic;
    private final CellStyle tableHeader;
    private final CellStyle tableCell;
    private final CellStyle tableNumber;
    private final Map<RatingLevel, Long> counts = new EnumMap<>(RatingLevel.class);
    private long withoutLevel;
    private int nextRow;
    private int number;

    /** {@code text} resolves a message key (with its arguments already applied where needed) to the document text. */
    QuarterlyWorkbook(QuarterlyForm form, Function<String, String> text) {
        this.form = form;
        this.text = text;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(text.apply("reporting.quarterly.sheet"));
        for (int column = 0; column < COLUMNS; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        plain = style(false, false, false, HorizontalAlignment.LEFT);
        bold = style(true, false, false, HorizontalAlignment.CENTER);
        boldLeft = style(true, false, false, HorizontalAlignment.LEFT);
        italic = style(false, true, false, HorizontalAlignment.CENTER);
        tableHeader = style(true, false, true, HorizontalAlignment.CENTER);
        tableCell = style(false, false, true, HorizontalAlignment.LEFT);
        tableNumber = style(false, false, true, HorizontalAlignment.CENTER);
    }

    /** The heading block down to the column headers; the body name is shown in capitals, as on the templates. */
    void heading(String bodyName, String formNumber, String title, String subtitle, String note) {
        Row top = sheet.createRow(nextRow++);
        cell(top, 0, bodyName, bold);
        merge(0, 0, 2);
        cell(top, 4, text.apply("reporting.quarterly.party"), bold);
        merge(0, 4, 6);
        Row second = sheet.createRow(nextRow++);
        cell(second, 4, formNumber, italic);
        merge(1, 4, 6);
        nextRow++;
        for (String line : new String[] {title, subtitle, note}) {
            if (line != null) {
                cell(sheet.createRow(nextRow), 0, line, line == note ? italic : bold);
                merge(nextRow++, 0, COLUMNS - 1);
            }
        }
        nextRow++;
        Row header = sheet.createRow(nextRow++);
        header.setHeightInPoints(75);
        Row numbers = sheet.createRow(nextRow++);
        for (int column = 0; column < COLUMNS; column++) {
            cell(header, column, text.apply("reporting.quarterly.column." + (column + 1)), tableHeader);
            cell(numbers, column, "(" + (column + 1) + ")", tableNumber);
        }
    }

    /** One cadre's row, numbered in order. */
    void line(Line line) {
        String level = form.reportsDecisions() ? line.decidedLevel() : line.headProposedLevel();
        String reasons = form.reportsDecisions() ? join(line.decisionComment(), line.forceMajeureReason())
                : line.headComment();
        Row row = sheet.createRow(nextRow++);
        Cell order = row.createCell(0);
        order.setCellValue(++number);
        order.setCellStyle(tableNumber);
        cell(row, 1, line.fullName(), tableCell);
        cell(row, 2, join(line.positionTitle(), line.unitName()), tableCell);
        cell(row, 3, levelName(line.selfProposedLevel()), tableCell);
        cell(row, 4, levelName(level), tableCell);
        cell(row, 5, reasons, tableCell);
        cell(row, 6, null, tableCell);
        RatingLevel known = level(level);
        if (known == null) {
            withoutLevel++;
        } else {
            counts.merge(known, 1L, Long::sum);
        }
    }

    /** The count per level, the date and signature lines and the template's note; then the file goes out. */
    void finish(String dateLine, String signer, String footnote, OutputStream out) throws IOException {
        nextRow++;
        cell(sheet.createRow(nextRow++), 1, text.apply("reporting.quarterly.summary"), boldLeft);
        for (RatingLevel level : RatingLevel.values()) {
            summaryRow(text.apply(level.messageKey()), counts.getOrDefault(level, 0L));
        }
        summaryRow(text.apply("reporting.quarterly.summary.noLevel"), withoutLevel);
        summaryRow(text.apply("reporting.quarterly.summary.total"), number);
        nextRow++;
        cell(sheet.createRow(nextRow), 4, dateLine, italic);
        merge(nextRow++, 4, 6);
        cell(sheet.createRow(nextRow), 4, signer, bold);
        merge(nextRow++, 4, 6);
        cell(sheet.createRow(nextRow), 4, text.apply("reporting.quarterly.signature"), italic);
        merge(nextRow++, 4, 6);
        nextRow += 2;
        cell(sheet.createRow(nextRow), 0, footnote, plain);
        merge(nextRow++, 0, COLUMNS - 1);
        workbook.write(out);
    }

    /** Removes the temporary file of flushed rows. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void summaryRow(String label, long count) {
        Row row = sheet.createRow(nextRow++);
        cell(row, 1, label, tableCell);
        Cell value = row.createCell(2);
        value.setCellValue(count);
        value.setCellStyle(tableNumber);
    }

    private String levelName(String level) {
        RatingLevel known = level(level);
        return known == null ? level : text.apply(known.messageKey());
    }

    private static RatingLevel level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return RatingLevel.valueOf(level);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private void merge(int row, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private CellStyle style(boolean boldFont, boolean italicFont, boolean bordered, HorizontalAlignment alignment) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 12);
        font.setBold(boldFont);
        font.setItalic(italicFont);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
