package vn.danhgia.emulation.history;

import java.util.List;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A person's or a collective's emulation history: year by year the titles and rewards on record (as
 * {@code EmulationRecords} reads them) beside the person's yearly rating, and the achievements with their evidence.
 *
 * @param unitId the unit that keeps the history; null for a cadre who never held a post
 * @param keeps  whether the reader keeps this history (may record achievements and past titles)
 * @param years the newest first
 */
public record HolderHistory(EmulationHolder holder, long subjectId, String code, String name, Long unitId,
                            boolean keeps, List<Year> years, List<AchievementView> achievements) {

    public HolderHistory {
        years = List.copyOf(years);
        achievements = List.copyOf(achievements);
    }

    /**
     * One year: its titles and rewards in the order of {@link EmulationTitle}, and the yearly rating decided for a
     * person (null when none counts, and always for a collective).
     */
    public record Year(int year, List<EmulationTitle> titles, RatingLevel yearlyLevel) {

        public Year {
            titles = List.copyOf(titles);
        }
    }
}
