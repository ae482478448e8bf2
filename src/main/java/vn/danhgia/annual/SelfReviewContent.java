package vn.danhgia.annual;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the subject edits on a self-review: the free text of each section by its code, the level they propose for
 * themselves (a {@code RatingLevel} name, or blank), and for a leader the points they give themselves on each item of
 * the criteria frame (khung tiêu chí đánh giá). Null maps leave the stored values as they are.
 */
public record SelfReviewContent(Map<String, String> sections, String proposedLevel, Map<String, BigDecimal> scores) {
}
