package vn.danhgia.assessment;

/**
 * Where a self-assessment stands: drafted by the cadre, submitted for appraisal, or returned by the unit's
 * leadership for revision (then submitted again).
 */
public enum SelfAssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED;

    public String messageKey() {
        return "assessment.status." + name();
    }

    /** The cadre may still change and submit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
