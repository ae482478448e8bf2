package vn.danhgia.emulation.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * Reads a holder's emulation history (issue 14 §2): the titles through {@link EmulationRecords}, the one reading
 * every page, report and rule shares, the person's yearly levels through {@link YearlyRatings}, and the
 * achievements through {@link AchievementService}. 404 outside the reader's scope.
 */
@Service
public class EmulationHistory {

    /** The last year the award table holds (emulation_award.award_year): every year on record. */
    private static final int LAST_YEAR = 2200;

    private final EmulationRecords records;
    private final YearlyRatings yearlyRatings;
    private final AchievementService achievements;
    private final HistoryAccess access;
    private final HolderNames names;
    private final CurrentActor currentActor;

    EmulationHistory(EmulationRecords records, YearlyRatings yearlyRatings, AchievementService achievements,
                     HistoryAccess access, HolderNames names, CurrentActor currentActor) {
        this.records = records;
        this.yearlyRatings = yearlyRatings;
        this.achievements = achievements;
        this.access = access;
        this.names = names;
        this.currentActor = currentActor;
    }

    public HolderHistory person(long cadreId) {
        return of(Nominee.person(cadreId));
    }

    public HolderHistory unit(long unitId) {
        return of(Nominee.collective(unitId));
    }

    private HolderHistory of(Nominee nominee) {
        Actor actor = currentActor.get();
        Long unitId = access.keepingUnit(nominee).orElse(null);
        access.checkSees(actor, nominee, unitId);
        Map<Integer, Set<EmulationTitle>> titles = records.awards(List.of(nominee), LAST_YEAR)
                .getOrDefault(nominee, Map.of());
        Map<Integer, RatingLevel> levels = nominee.holder() == EmulationHolder.INDIVIDUAL
                ? yearlyLevels(nominee.subjectId()) : Map.of();
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(titles.keySet());
        years.addAll(levels.keySet());
        List<HolderHistory.Year> rows = new ArrayList<>();
        for (int year : years) {
            rows.add(new HolderHistory.Year(year, titles.getOrDefault(year, Set.of()).stream().sorted().toList(),
                    levels.get(year)));
        }
        HolderNames.Named named = names.of(nominee);
        return new HolderHistory(nominee.holder(), nominee.subjectId(), named.code(), named.name(), unitId,
                access.keeps(actor, nominee, unitId), rows, achievements.ofHolder(nominee));
    }

    /** The state track's decided level of each year (a party member's party rating is another track). */
    private Map<Integer, RatingLevel> yearlyLevels(long cadreId) {
        Map<Integer, RatingLevel> levels = new TreeMap<>();
        List<YearlyRatingView> ratings;
        try {
            ratings = yearlyRatings.ofCadre(cadreId);
        } catch (RecordNotFoundException outsideTodaysPosts) {
            // The annual ratings are read on today's posts only; a keeper of a cadre without a post today sees the
            // titles but not the levels.
            return levels;
        }
        for (YearlyRatingView rating : ratings) {
            if (rating.track() == YearlyTrack.STATE && rating.counted()) {
                levels.put(rating.year(), rating.decidedLevel());
            }
        }
        return levels;
    }
}
