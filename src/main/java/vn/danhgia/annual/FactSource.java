package vn.danhgia.annual;

/** Where a fact of a yearly rating came from, shown beside it (issue 13 §5: every rule explained). */
public enum FactSource {
    /** The leader's submitted self-score on the criteria frame (Mẫu 02B). */
    SELF_REVIEW,
    /** The year's quarterly self-assessments as submitted. */
    QUARTERS,
    /** Entered on the yearly board by the proposer or the personnel office. */
    ENTERED;

    public String messageKey() {
        return "annual.rating.source." + name();
    }
}
