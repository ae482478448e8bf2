package vn.danhgia.publication.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.publication.PublicNotice;

/**
 * Writes a public notice as one .xlsx sheet laid out like the seeds' forms: the body's name beside "ĐẢNG CỘNG SẢN VIỆT
 * NAM" and the place and date line, the title with the quarter and the unit, the table STT | Họ và tên | Chức vụ |
 * Đơn vị | Mức xếp loại, and the signature block. The notice is a Vietnamese document pinned on a Vietnamese notice
 * board, so its text always comes from the Vietnamese bundle. A unit's notice has tens of lines, so the whole sheet
 * is built in memory.
 */
@Component
class PublicNoticeWorkbook {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int[] WIDTHS = {6, 28, 30, 32, 30};
    private static final int LAST_COLUMN = WIDTHS.length - 1;

    private final MessageSource messages;

    PublicNoticeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(PublicNotice notice, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("review.notice.sheet"));
            for (int column = 0; column < WIDTHS.length; column++) {
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            CellStyle bold = style(workbook, true, false, false);
            CellStyle italic = style(workbook, false, true, false);
            CellStyle header = style(workbook, true, false, true);
            CellStyle cell = style(workbook, false, false, true);
            int row = 0;
            put(sheet, row, 0, 1, notice.bodyName().toUpperCase(VIETNAMESE), bold);
            put(sheet, row++, 3, LAST_COLUMN, text("review.notice.party"), bold);
            put(sheet, row++, 3, LAST_COLUMN, dateLine(notice), italic);
            row++;
            put(sheet, row++, 0, LAST_COLUMN, text("review.notice.heading"), bold);
            put(sheet, row++, 0, LAST_COLUMN, text("review.notice.subject", notice.quarter(), notice.year()), bold);
            put(sheet, row++, 0, LAST_COLUMN, notice.unitName(), italic);
            row++;
            Row columns = sheet.createRow(row++);
            for (int column = 0; column <= LAST_COLUMN; column++) {
                set(columns, column, text("review.notice.column." + (column + 1)), header);
            }
            int number = 0;
            for (PublicNotice.Line line : notice.lines()) {
                Row values = sheet.createRow(row++);
                Cell order = values.createCell(0);
                order.setCellValue(++number);
                order.setCellStyle(header);
                set(values, 1, line.fullName(), cell);
                set(values, 2, line.posts(), cell);
                set(values, 3, notice.unitName(), cell);
                set(values, 4, text(line.level().messageKey()), cell);
            }
            row++;
            put(sheet, row++, 3, LAST_COLUMN, text("review.notice.signer"), bold);
            put(sheet, row, 3, LAST_COLUMN, text("review.notice.signature"), italic);
            workbook.write(out);
        }
    }

    private String dateLine(PublicNotice notice) {
        return text("review.notice.date", String.valueOf(notice.announcedOn().getDayOfMonth()),
                String.valueOf(notice.announcedOn().getMonthValue()), String.valueOf(notice.announcedOn().getYear()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    private static void put(Sheet sheet, int row, int firstColumn, int lastColumn, String value, CellStyle style) {
        Row target = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        set(target, firstColumn, value, style);
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean boldFont, boolean italicFont, boolean bordered) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 13);
        font.setBold(boldFont);
        font.setItalic(italicFont);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(bordered && !boldFont ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
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
