package vn.danhgia.emulation;

/**
 * Where a unit's review meeting (họp bình xét) stands: OPEN while it nominates and votes, CLOSED and read-only after.
 */
public enum EmulationReviewStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "emulation.review.status." + name();
    }
}
