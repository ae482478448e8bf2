package vn.danhgia.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A POI streaming workbook with the look of the seed's summary tables (Times New Roman 12, bordered table cells): only
 * the last {@link #ROW_WINDOW} rows of each sheet are kept in memory, older ones go to a temporary file that is removed
 * on {@link #close}. Strings are written inline, so no shared-strings table grows with the rows. Sheets are
 * meant to be filled one after the other ({@link FormSheet}).
 */
public final class StreamedWorkbook implements AutoCloseable {

    static final int ROW_WINDOW = 100;

    // The package is deflated at the fastest level: the default level took about a tenth of a province's report
    // (issue 15 §3); the file is about 30 % larger.
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    public final CellStyle plain;
    public final CellStyle bold;
    public final CellStyle boldLeft;
    public final CellStyle italic;
    public final CellStyle tableHeader;
    public final CellStyle tableCell;
    public final CellStyle tableNumber;
    public final CellStyle tablePercent;

    public StreamedWorkbook() {
        // Flushed rows are written to the temporary files as plain XML: compressing them cost a deflate and an
        // inflate of every row for disk space that is given back when the report has gone out.
        workbook.setCompressTempFiles(false);
        plain = style(false, false, false, HorizontalAlignment.LEFT);
        bold = style(true, false, false, HorizontalAlignment.CENTER);
        boldLeft = style(true, false, false, HorizontalAlignment.LEFT);
        italic = style(false, true, false, HorizontalAlignment.CENTER);
        tableHeader = style(true, false, true, HorizontalAlignment.CENTER);
        tableCell = style(false, false, true, HorizontalAlignment.LEFT);
        tableNumber = style(false, false, true, HorizontalAlignment.CENTER);
        tablePercent = style(false, false, true, HorizontalAlignment.CENTER);
        tablePercent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }

    /** A new sheet with the given column widths in characters. */
    public FormSheet sheet(String name, int... widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        return new FormSheet(this, sheet, widths.length);
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Removes the temporary files of flushed rows. */
    @Override
    public void close() throws IOException {
        workbook.close();
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
