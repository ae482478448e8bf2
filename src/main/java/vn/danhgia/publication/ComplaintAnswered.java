package vn.danhgia.publication;

import vn.danhgia.decision.RatingPeriod;

/** The inspection committee answered a cadre's complaint; when upheld, the rating was cancelled for re-rating. */
public record ComplaintAnswered(long complaintId, long cadreId, RatingPeriod period, boolean upheld) {
}
