package vn.danhgia.appraisal;

/** Where an appraisal stands: being drafted by the personnel office, or completed with its proposed level. */
public enum AppraisalStatus {
    DRAFT,
    COMPLETED;

    public String messageKey() {
        return "review.appraisal.status." + name();
    }
}
