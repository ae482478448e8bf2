package vn.danhgia.planning;

/** Where a work plan or an amendment stands: drafted by the cadre, submitted, approved, or returned with comments. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    public String messageKey() {
        return "planning.status." + name();
    }

    /** The cadre may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
