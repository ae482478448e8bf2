package vn.danhgia.publication;

import java.time.Instant;
import java.time.LocalDate;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.rules.RatingLevel;

/**
 * One of the signed-in cadre's quarterly ratings as they see it: the decided level once announced, and for a
 * cancelled rating when and why (seed 000 §II.2 "hủy bỏ, đánh giá, xếp loại lại").
 *
 * @param lastComplaintDay the last day a complaint is in time (announced ratings only)
 * @param mayComplain      announced, within the window and no complaint still open
 */
public record OwnResult(long ratingId, long unitId, String unitName, int year, int quarter, RatingStatus status,
                        RatingLevel level, Instant announcedAt, Instant cancelledAt, String cancelReason,
                        LocalDate lastComplaintDay, boolean mayComplain) {
}
