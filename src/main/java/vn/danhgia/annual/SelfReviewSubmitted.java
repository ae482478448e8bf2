package vn.danhgia.annual;

/** A self-review (bản kiểm điểm) was submitted for the year's review meeting. */
public record SelfReviewSubmitted(long selfReviewId, Long cadreId, long unitId, int year, String form) {
}
