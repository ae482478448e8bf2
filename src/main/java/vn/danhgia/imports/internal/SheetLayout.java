package vn.danhgia.imports.internal;

import java.util.List;
import java.util.Optional;

/**
 * The sheet a kind is imported from: its name, its columns in order and an example value per column (shown on the
 * template's instructions sheet, never on the data sheet, so an untouched template imports nothing).
 */
public record SheetLayout(String sheetName, List<Column> columns, List<String> example) {

    public SheetLayout {
        columns = List.copyOf(columns);
        example = List.copyOf(example);
        if (example.size() != columns.size()) {
            throw new IllegalArgumentException("one example value per column");
        }
    }

    public int indexOf(Column column) {
        return columns.indexOf(column);
    }

    public Optional<Column> columnForField(String field) {
        return columns.stream().filter(column -> field.equals(column.field())).findFirst();
    }
}
