package vn.danhgia.catalog;

/** What the signed-in person may do to a catalogue version now, so pages and API clients offer only that. */
public enum CatalogAction {
    /** Add, change or remove items (personnel office, draft or returned version). */
    EDIT,
    /** Send the version for approval (personnel office, draft or returned version with items). */
    SUBMIT,
    /** Approve or return it (the unit's leadership or the authority above it; never the person who drafted it). */
    DECIDE
}
