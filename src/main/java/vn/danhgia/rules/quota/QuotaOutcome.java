package vn.danhgia.rules.quota;

/** What the ranking for the EXCELLENT places decided for one person. */
public enum QuotaOutcome {
    /** Within the places: EXCELLENT. */
    AWARDED,
    /** Equal with others across the last place: the competent authority decides; never broken silently. */
    TIED_AT_CUT,
    /** Eligible but ranked below the places: GOOD. */
    OUTSIDE_PLACES,
    /** Not eligible for EXCELLENT: keeps the suggested level, not ranked. */
    NOT_ELIGIBLE,
    /** The head within their own unit's group: rated with the collective, outside the members' quota (seed 002 §6.1). */
    HEAD_OUTSIDE_QUOTA
}
