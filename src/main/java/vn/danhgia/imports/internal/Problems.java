package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.danhgia.imports.ImportProblem;

/** Collects every problem of one file, each where Excel shows it; never stops at the first. */
public final class Problems {

    private final SheetLayout layout;
    private final List<String> headers;
    private final List<ImportProblem> found = new ArrayList<>();
    private final Set<Integer> rowsWithProblems = new HashSet<>();

    public Problems(SheetLayout layout, List<String> headers) {
        this.layout = layout;
        this.headers = List.copyOf(headers);
    }

    /** A problem with the whole file (not an .xlsx, empty, too many rows). */
    public void inFile(String messageKey, Object... arguments) {
        found.add(new ImportProblem(layout.sheetName(), 0, "", "", messageKey, List.of(arguments)));
    }

    public void at(int row, Column column, String messageKey, Object... arguments) {
        int index = layout.indexOf(column);
        at(row, index, messageKey, arguments);
    }

    /** A problem in a column by position, also past the template's columns. */
    public void at(int row, int columnIndex, String messageKey, Object... arguments) {
        String header = columnIndex < headers.size() ? headers.get(columnIndex) : "";
        found.add(new ImportProblem(layout.sheetName(), row, CellReference.convertNumToColString(columnIndex), header,
                messageKey, List.of(arguments)));
        rowsWithProblems.add(row);
    }

    public boolean inRow(int row) {
        return rowsWithProblems.contains(row);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<ImportProblem> all() {
        return List.copyOf(found);
    }

    public List<String> headers() {
        return headers;
    }
}
