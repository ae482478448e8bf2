package vn.danhgia.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test files built the way a person makes them: the downloaded template with rows typed into its data sheet (every
 * cell as text, as typed), so each test also exercises the template's headers.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    static byte[] fill(byte[] template, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.getSheetAt(0);
            for (int index = 0; index < rows.size(); index++) {
                Row row = data.createRow(index + 1);
                List<String> cells = rows.get(index);
                for (int column = 0; column < cells.size(); column++) {
                    if (cells.get(column) != null) {
                        row.createCell(column).setCellValue(cells.get(column));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException building) {
            throw new UncheckedIOException(building);
        }
    }
}
