package vn.danhgia.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a kind's template: the data sheet with its header row (required columns marked "(*)") and a drop-down on
 * each single-choice column, a hidden sheet holding the choices, and an instructions sheet naming every column, what
 * it accepts and an example.
 */
public final class TemplateWriter {

    public static final String CHOICES_SHEET = "Danh sách";

    private TemplateWriter() {
    }

    /**
     * @param instructions the instructions sheet's name, its column titles (column, required, accepts, example) and
     *                     the descriptions of each column, all in Vietnamese
     */
    public static byte[] write(SheetLayout layout, List<String> headers, Instructions instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(layout.sheetName());
            Sheet choices = workbook.createSheet(CHOICES_SHEET);
            Row header = data.createRow(0);
            for (int index = 0; index < headers.size(); index++) {
                Column column = layout.columns().get(index);
                header.createCell(index).setCellValue(headers.get(index) + (column.required() ? " (*)" : ""));
                header.getCell(index).setCellStyle(bold);
                data.setColumnWidth(index, 24 * 256);
                if (column.choices() != null && !column.multiple()) {
                    dropDown(data, choices, index, column.choices().labels());
                }
            }
            data.createFreezePane(0, 1);
            workbook.setSheetHidden(workbook.getSheetIndex(choices), true);
            instructions.writeTo(workbook.createSheet(instructions.sheetName()), layout, headers, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
    }

    private static void dropDown(Sheet data, Sheet choices, int columnIndex, List<String> labels) {
        for (int index = 0; index < labels.size(); index++) {
            Row row = choices.getRow(index) == null ? choices.createRow(index) : choices.getRow(index);
            row.createCell(columnIndex).setCellValue(labels.get(index));
        }
        String letter = CellReference.convertNumToColString(columnIndex);
        String range = "'" + CHOICES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + labels.size();
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, ImportWorkbook.MAX_ROWS, columnIndex, columnIndex));
        validation.setShowErrorBox(true);
        data.addValidationData(validation);
    }
}
