package vn.danhgia.imports.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The template's instructions sheet, in Vietnamese: one line per column with its header, whether it is required,
 * what it accepts and the example value.
 *
 * @param titles       the sheet's column titles
 * @param descriptions what each data column accepts, in the layout's order
 * @param yesNo        the words for required and optional
 */
public record Instructions(String sheetName, List<String> titles, List<String> descriptions,
                           List<String> yesNo) {

    void writeTo(Sheet sheet, SheetLayout layout, List<String> headers, CellStyle bold) {
        Row title = sheet.createRow(0);
        for (int index = 0; index < titles.size(); index++) {
            title.createCell(index).setCellValue(titles.get(index));
            title.getCell(index).setCellStyle(bold);
            sheet.setColumnWidth(index, (index == 2 ? 70 : 28) * 256);
        }
        for (int index = 0; index < headers.size(); index++) {
            Column column = layout.columns().get(index);
            Row row = sheet.createRow(index + 1);
            row.createCell(0).setCellValue(headers.get(index));
            row.createCell(1).setCellValue(column.required() ? yesNo.get(0) : yesNo.get(1));
            String accepts = descriptions.get(index);
            if (column.choices() != null) {
                accepts = accepts + ": " + String.join("; ", column.choices().labels());
            }
            row.createCell(2).setCellValue(accepts);
            row.createCell(3).setCellValue(layout.example().get(index));
        }
    }
}
