package vn.danhgia.decision;

import java.time.Instant;
import java.util.List;
import vn.danhgia.rules.RatingLevel;

/**
 * A cadre's quarters on their profile (seed 002 §5; seed 000 §III.6.4: "Kết quả đánh giá, xếp loại quý I, II, III và
 * kết quả thực hiện nhiệm vụ quý IV là cơ sở để xem xét đánh giá, đề xuất mức xếp loại cuối năm").
 *
 * @param rows       one row per rating (cancelled ones too) or deferred quarter, and one for a period that takes up a
 *                   deferred quarter's results before it is rated, in the order of the periods
 * @param yearFlags  the years in which a NOT_COMPLETED quarter rules out EXCELLENT for the year
 * @param alerts     the runs of two or more consecutive NOT_COMPLETED periods
 * @param exemptions the years the cadre is not rated quarterly (seed 002 §3.3)
 */
public record CadreRatingHistory(long cadreId, String code, String fullName, List<Row> rows, List<YearFlag> yearFlags,
                                 List<Alert> alerts, List<ExemptionView> exemptions) {

    /**
     * @param status        the rating's status; {@code null} for a quarter with no rating
     * @param counted       decided or announced: counts for the year flag and the alert
     * @param cancelReason  why a cancelled rating was cancelled
     * @param replaced      a cancelled rating that a later rating of the same quarter replaces
     * @param deferral      the quarter's deferral, when marked and not withdrawn
     * @param carriesOver   deferred quarters whose results this period takes up (seed 002 §7 d)
     */
    public record Row(PeriodRef period, Long ratingId, RatingStatus status, RatingLevel level,
                      RatingLevel proposedLevel, String decidedBy, Instant decidedAt, boolean counted,
                      String cancelReason, boolean replaced, DeferralView deferral, List<PeriodRef> carriesOver) {

        public Row {
            carriesOver = List.copyOf(carriesOver);
        }
    }

    /** EXCELLENT is ruled out for the year: {@code notCompletedQuarters} quarters were NOT_COMPLETED. */
    public record YearFlag(int year, int notCompletedQuarters) {
    }

    public record Alert(PeriodRef from, PeriodRef to, int periods) {
    }
}
