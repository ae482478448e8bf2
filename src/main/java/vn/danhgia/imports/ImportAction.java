package vn.danhgia.imports;

/** What importing does to one record. */
public enum ImportAction {
    CREATE,
    UPDATE,
    /** The record is stored exactly as the file has it: nothing is written, nothing audited. */
    UNCHANGED;

    /** Key of the label in the imports message bundle. */
    public String messageKey() {
        return "imports.action." + name();
    }
}
