package vn.danhgia.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the values of an {@code IN (:ids)} list into consecutive pieces of at most {@code size}, in their order: a
 * whole province's ids in one statement would pass the databases' limits on bound values (PostgreSQL 65,535).
 */
public final class InListChunks {

    private InListChunks() {
    }

    /** The values in order, {@code size} at a time (the last piece shorter); none for no values. */
    public static <T> List<List<T>> of(List<T> values, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            chunks.add(values.subList(from, Math.min(from + size, values.size())));
        }
        return chunks;
    }
}
