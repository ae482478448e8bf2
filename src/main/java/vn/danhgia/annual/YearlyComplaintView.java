package vn.danhgia.annual;

import java.time.Instant;

/** A complaint about an announced yearly rating and its answer. */
public record YearlyComplaintView(long id, long version, long ratingId, String text, String filedBy, Instant filedAt,
                                  String status, String answer, String answeredBy, Instant answeredAt) {
}
