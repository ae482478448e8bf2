package vn.danhgia.decision;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Use of the quarterly results (seed 002 §5, seed 000 §III.6): a cadre's history of rated periods on their profile,
 * and for the competent authority the cadres to replace ("Thực hiện ngay việc thay thế những cán bộ có kết quả đánh
 * giá, xếp loại Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên") and those who cannot be EXCELLENT for the year
 * ("có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc nhiệm vụ cả năm").
 * Decided and announced ratings count; cancelled ones are listed but not counted; deferred quarters have no rating
 * and so break a run of consecutive periods (see {@link vn.danhgia.rules.yearend.YearEndReview}).
 */
public interface RatingHistory {

    /** The cadre's history: the cadre, the unit's leadership, the personnel office serving it, the authority. */
    CadreRatingHistory of(long cadreId);

    /** For an authority: the cadres it manages with a replacement alert ending in the year or a year flag. */
    List<CadreAlerts> alerts(int year);

    /**
     * The standing of each cadre for rating the quarter, for pages that list cadres the reader was already allowed to
     * see (the decision board): no access check here.
     */
    Map<Long, RatingStanding> standings(Collection<Long> cadreIds, int year, int quarter);
}
