package vn.danhgia.annual;

/**
 * GATHERED (facts and suggestion in) → PROPOSED (the meeting's or workplace's level) → DECIDED (the authority) →
 * ANNOUNCED → LOCKED once the complaint window has passed with no complaint open; ANNOUNCED → CANCELLED after an upheld
 * complaint, replaced by a new rating.
 */
public enum YearlyRatingStatus {
    GATHERED,
    PROPOSED,
    DECIDED,
    ANNOUNCED,
    LOCKED,
    CANCELLED;

    public boolean isDecided() {
        return this == DECIDED || this == ANNOUNCED || this == LOCKED;
    }

    /** The authority may decide (or decide again) until the results are announced. */
    public boolean isOpenToDecision() {
        return this == GATHERED || this == PROPOSED || this == DECIDED;
    }

    public String messageKey() {
        return "annual.rating.status." + name();
    }
}
