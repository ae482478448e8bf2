package vn.danhgia.imports.internal;

import vn.danhgia.imports.ImportAction;

/**
 * One record a file creates, changes or leaves alone. A service's refusal while writing it is shown at its row and
 * at the column of the refused field, or at {@code column} when the refusal names none.
 *
 * @param write what creating or changing it calls; never run for {@link ImportAction#UNCHANGED}
 */
public record PlannedRecord(int row, String key, ImportAction action, Column column, RecordWrite write) {

    public static PlannedRecord unchanged(int row, String key, Column column) {
        return new PlannedRecord(row, key, ImportAction.UNCHANGED, column, log -> {
        });
    }

    /** Calls the owning module's service. */
    @FunctionalInterface
    public interface RecordWrite {
        void write(WriteLog log);
    }
}
