package vn.danhgia.membership.web;

import vn.danhgia.membership.ReviewSubjectRow;

/** A review subject row as the administrator edits it; {@code id} and {@code version} empty for a new one. */
public class ReviewSubjectForm {

    private Long id;
    private Long version;
    private Long unit;
    private String kind;
    private boolean residential;

    static ReviewSubjectForm of(ReviewSubjectRow row) {
        ReviewSubjectForm form = new ReviewSubjectForm();
        form.id = row.id();
        form.version = row.version();
        form.unit = row.unit().value();
        form.kind = row.kind().name();
        form.residential = row.residential();
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isResidential() {
        return residential;
    }

    public void setResidential(boolean residential) {
        this.residential = residential;
    }
}
