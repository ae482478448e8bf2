package vn.danhgia.publication;

import vn.danhgia.scheme.Quarter;

/** The inspection committee answered a cadre's complaint; when upheld, the rating was cancelled for re-rating. */
public record ComplaintAnswered(long complaintId, long cadreId, Quarter quarter, boolean upheld) {
}
