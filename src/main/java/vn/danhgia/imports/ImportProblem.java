package vn.danhgia.imports;

import java.util.List;

/**
 * One problem found in a file, where Excel shows it: the sheet, the row number as Excel numbers it (0 for a problem
 * with the whole file), the column letter and its header (empty for a whole row or file), and the message key with
 * its arguments.
 */
public record ImportProblem(String sheet, int row, String column, String header, String messageKey,
                            List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
