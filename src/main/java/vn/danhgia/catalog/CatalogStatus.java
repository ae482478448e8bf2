package vn.danhgia.catalog;

/**
 * Where a catalogue version is in its approval (seed 002 §4 Bước 1): the personnel office drafts it (DRAFT), sends it
 * to the unit's leadership (SUBMITTED), who approve it (APPROVED, in force) or return it with a note (RETURNED, edited
 * and sent again). Approving a newer version makes the one in force SUPERSEDED; its items stay for the plans that
 * point to them.
 */
public enum CatalogStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, SUPERSEDED;

    /** Items may be added, changed or removed only before the version is sent for approval, or after a return. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Key of the label in the catalog message bundle. */
    public String messageKey() {
        return "catalog.status." + name();
    }
}
