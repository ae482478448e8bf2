package vn.danhgia.annual;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A leader's self-score on the criteria frame (khung tiêu chí, Mẫu 02B) once the self-review is submitted: the year's
 * points the yearly rating rests on (Quy định 366 Điều 11). A query for the annual module's own steps: it reads no
 * actor and checks no scope.
 */
public interface SelfReviewScores {

    /** The sum of the submitted self-review's frame points; empty without a submitted self-review with a frame. */
    Optional<BigDecimal> submittedTotal(long cadreId, int year);
}
