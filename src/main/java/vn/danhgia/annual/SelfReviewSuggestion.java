package vn.danhgia.annual;

import java.time.Instant;

/**
 * A review suggestion (gợi ý kiểm điểm) the competent authority recorded for a subject and year (seed 003 §2.1 a:
 * "các tập thể, cá nhân có gợi ý kiểm điểm của cấp có thẩm quyền"; seed 004 §II.3): the self-review must answer it.
 */
public record SelfReviewSuggestion(long id, Long cadreId, long unitId, int year, String text, String recordedBy,
                                   Instant recordedAt) {
}
