package vn.danhgia.catalog.web;

/** Returning a submitted catalogue for revision, with the reason. */
public class ReturnForm {

    private long version;
    private String note;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
