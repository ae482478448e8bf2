package vn.danhgia.decision;

import java.time.Instant;

/** A cadre exempted from quarterly rating for a year (seed 002 §3.3), or an exemption since withdrawn. */
public record ExemptionView(long id, long version, int year, ExemptionKind kind, ExemptRatingPeriod ratingPeriod,
                            String note, String markedBy, Instant markedAt, String withdrawnBy, Instant withdrawnAt,
                            String withdrawalNote) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
