package vn.danhgia.annual;

import java.util.List;
import vn.danhgia.decision.CadreRatingHistory;

/**
 * A cadre's yearly levels beside their quarters (seed 000 §III.6), and the replacement alerts worked out over the
 * stored quarters and years together, across the year boundary (seed 002 §5).
 *
 * @param alerts each alert's text as a reason to render
 */
public record YearlyHistory(CadreRatingHistory quarters, List<YearlyRatingView> years, List<YearlyReason> alerts) {

    public YearlyHistory {
        years = List.copyOf(years);
        alerts = List.copyOf(alerts);
    }
}
