package vn.danhgia.imports.internal;

import java.util.List;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.platform.Actor;

/**
 * Imports one kind. {@link #plan} reads every row, records every problem it can see without writing (required
 * cells, formats, choices, references to the database or to earlier rows, duplicates in the file, differences from
 * stored records) and says what each record would become; the writes it returns call the owning module's service.
 * It plans only rows without problems, and no row that depends on one with problems (a unit whose parent's row is
 * wrong), so that the planned writes can be tried even when other rows are wrong.
 */
public interface Importer {

    ImportKind kind();

    SheetLayout layout();

    /** Whether the person may import this kind at all (each row may still be outside their scope). */
    boolean mayUse(Actor actor);

    List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems);
}
