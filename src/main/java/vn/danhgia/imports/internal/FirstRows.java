package vn.danhgia.imports.internal;

import java.util.HashMap;
import java.util.Map;

/** The row where each key first appears in a file: a key seen again is a duplicate naming that row. */
final class FirstRows {

    private final Map<Object, Integer> rows = new HashMap<>();

    /** Whether the key is new; otherwise records the duplicate at the row's column. */
    boolean first(ImportRow row, Column column, Object key, String shownKey) {
        Integer first = rows.putIfAbsent(key, row.number());
        if (first != null) {
            row.problem(column, "imports.row.duplicate", shownKey, first);
            return false;
        }
        return true;
    }

    boolean seen(Object key) {
        return rows.containsKey(key);
    }
}
