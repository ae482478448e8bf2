package vn.danhgia.publication;

/** Where a complaint (khiếu nại, kiến nghị) stands: FILED → ASSIGNED → UPHELD or REJECTED. */
public enum ComplaintStatus {
    FILED,
    /** Assigned to a member of the inspection committee (Ủy ban Kiểm tra). */
    ASSIGNED,
    /** Found right: the rating is cancelled and the cadre rated again (seed 000 §II.2). */
    UPHELD,
    /** Found wrong: the rating stands. */
    REJECTED;

    public String messageKey() {
        return "review.complaint.status." + name();
    }

    public boolean answered() {
        return this == UPHELD || this == REJECTED;
    }
}
