package vn.danhgia.reporting;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of a {@link StreamedWorkbook}, written top to bottom: the seed templates' heading (the body's name and
 * "ĐẢNG CỘNG SẢN VIỆT NAM" side by side, the form number, the title lines), a table with numbered column headers, and
 * the date and signature lines, each block over the sheet's own number of columns.
 */
public final class FormSheet {

    private final StreamedWorkbook book;
    private final SXSSFSheet sheet;
    private final int columns;
    private int nextRow;

    FormSheet(StreamedWorkbook book, SXSSFSheet sheet, int columns) {
        this.book = book;
        this.sheet = sheet;
        this.columns = columns;
    }

    /**
     * The heading down to the column headers: body name over the first three columns, party and form number over the
     * last three, then each non-null title line across the sheet (the last one, the note, in italics).
     */
    public void heading(String bodyName, String party, String formNumber, List<String> titles, String note,
                        List<String> headers) {
        int right = columns - 3;
        Row top = row();
        cell(top, 0, bodyName, book.bold);
        merge(top, 0, 2);
        cell(top, right, party, book.bold);
        merge(top, right, columns - 1);
        Row second = row();
        cell(second, right, formNumber, book.italic);
        merge(second, right, columns - 1);
        skip();
        for (String title : titles) {
            line(title, book.bold);
        }
        if (note != null) {
            line(note, book.italic);
        }
        skip();
        headers(headers);
    }

    /** A bordered header row and, below it, the columns' numbers "(1) (2) …" as on the templates. */
    public void headers(List<String> headers) {
        Row header = row();
        header.setHeightInPoints(75);
        Row numbers = row();
        for (int column = 0; column < headers.size(); column++) {
            cell(header, column, headers.get(column), book.tableHeader);
            cell(numbers, column, "(" + (column + 1) + ")", book.tableNumber);
        }
    }

    /** The date, the signer and the signature hint over the last three columns, then the footnote across the sheet. */
    public void signature(String dateLine, String signer, String signature, String footnote) {
        skip();
        for (String text : new String[] {dateLine, signer, signature}) {
            Row row = row();
            cell(row, columns - 3, text, text == signer ? book.bold : book.italic);
            merge(row, columns - 3, columns - 1);
        }
        skip();
        skip();
        if (footnote != null) {
            Row row = row();
            cell(row, 0, footnote, book.plain);
            merge(row, 0, columns - 1);
        }
    }

    /** A text across the whole sheet. */
    public void line(String text, CellStyle style) {
        Row row = row();
        cell(row, 0, text, style);
        merge(row, 0, columns - 1);
    }

    public Row row() {
        return sheet.createRow(nextRow++);
    }

    public void skip() {
        nextRow++;
    }

    public static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    public static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void merge(Row row, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, lastColumn));
    }
}
