package vn.danhgia.organization;

/** The special cases of seed 002 §7 that follow from appointments. */
public enum SpecialCaseKind {
    /**
     * Seed 002 §7 a): promoted to a higher post in the same cơ quan, đơn vị less than 2 months before the rating;
     * rated at the party cell and by the new leadership collective, on results before and after the promotion.
     */
    PROMOTED_WITHIN_UNIT,
    /**
     * Seed 002 §7 b): transferred or appointed to a new cơ quan, đơn vị less than 2 months before the rating; the old
     * unit sends its assessment and the new unit's authority decides.
     */
    MOVED_TO_NEW_UNIT,
    /** Seed 002 §7 c): re-assigned by restructuring during the quarter; rated on results since the change. */
    RESTRUCTURED,
    /**
     * Seed 002 §7 d): first appointed to a leader post for less than 1 month in the quarter; not rated this quarter,
     * the results move to the next quarter.
     */
    DEFERRED_FIRST_APPOINTMENT;

    /** Key of the label in the organization message bundle. */
    public String messageKey() {
        return "organization.special-case." + name();
    }
}
