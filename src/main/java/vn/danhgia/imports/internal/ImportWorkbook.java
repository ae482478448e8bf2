package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.platform.ControlCharacters;
import vn.danhgia.platform.OfficeFiles;

/**
 * Reads the rows of an uploaded .xlsx, opened by {@link OfficeFiles} under its limits: the kind's sheet (or the first
 * one), the header row checked against the template's, then every non-blank row. A file that is not a sound .xlsx,
 * has no rows or more than {@link #MAX_ROWS} rows is refused as a whole, with a problem saying so.
 */
public final class ImportWorkbook {

    /** Rows one file may hold: a province's organisation fits, a runaway sheet does not hold the server. */
    public static final int MAX_ROWS = 5000;

    private ImportWorkbook() {
    }

    public static List<ImportRow> read(byte[] content, SheetLayout layout, Problems problems) {
        if (content.length == 0) {
            problems.inFile("imports.file.empty");
            return List.of();
        }
        try {
            return OfficeFiles.readWorkbook(content, workbook -> rows(workbook, layout, problems));
        } catch (OfficeFiles.Refused notAWorkbook) {
            problems.inFile("imports.file.not-xlsx");
            return List.of();
        }
    }

    private static List<ImportRow> rows(XSSFWorkbook workbook, SheetLayout layout, Problems problems) {
        Sheet sheet = workbook.getSheet(layout.sheetName());
        if (sheet == null) {
            sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        }
        if (sheet == null || sheet.getRow(0) == null) {
            problems.inFile("imports.file.no-header", layout.sheetName());
            return List.of();
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        if (!headersMatch(sheet.getRow(0), formatter, problems)) {
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Map<Column, CellText> cells = cells(sheet.getRow(index), layout, formatter, problems);
            if (cells.isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.inFile("imports.file.too-many-rows", MAX_ROWS);
                return List.of();
            }
            rows.add(new ImportRow(index + 1, cells, problems));
        }
        if (rows.isEmpty()) {
            problems.inFile("imports.file.no-rows");
        }
        return rows;
    }

    private static boolean headersMatch(Row header, DataFormatter formatter, Problems problems) {
        boolean match = true;
        List<String> expected = problems.headers();
        for (int index = 0; index < expected.size(); index++) {
            String found = formatter.formatCellValue(header.getCell(index)).strip();
            if (!comparable(found).equals(comparable(expected.get(index)))) {
                problems.at(1, index, "imports.file.wrong-header", expected.get(index), found);
                match = false;
            }
        }
        return match;
    }

    // The template marks required columns with "(*)"; a header typed without the mark or in other case still fits.
    private static String comparable(String header) {
        return header.replace("(*)", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<Column, CellText> cells(Row row, SheetLayout layout, DataFormatter formatter,
                                               Problems problems) {
        Map<Column, CellText> cells = new HashMap<>();
        if (row == null) {
            return cells;
        }
        for (int index = 0; index < layout.columns().size(); index++) {
            CellText cell = read(row.getCell(index), formatter);
            if (!cell.text().isEmpty()) {
                cells.put(layout.columns().get(index), cell);
            }
            // Text such as _x0000_ in the file's XML reaches the cell as a real NUL, which PostgreSQL refuses.
            int column = index;
            ControlCharacters.firstRefused(cell.text()).ifPresent(codePoint -> problems.at(row.getRowNum() + 1,
                    column, "imports.cell.control-character", ControlCharacters.notation(codePoint)));
        }
        return cells;
    }

    private static CellText read(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return CellText.BLANK;
        }
        String text = formatter.formatCellValue(cell).strip();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return new CellText(text, null, null);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return new CellText(text, null, cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return new CellText(text, BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros(), null);
    }
}
