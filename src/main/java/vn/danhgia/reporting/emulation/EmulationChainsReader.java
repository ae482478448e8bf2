package vn.danhgia.reporting.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.ChainOutlook;
import vn.danhgia.rules.emulation.ChainProspect;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.PersonYear;
import vn.danhgia.scheme.EmulationSettings;

/**
 * Puts each posted person's history together, as the rules read it, and asks {@link ChainOutlook} who is one year
 * away: titles and achievements from {@link EmulationRecords} (the one reader of the emulation history), decided
 * yearly levels from the yearly ratings, the thresholds of the person's unit from {@link EmulationSettings}. A fixed
 * number of statements for the whole scope.
 */
@Component
class EmulationChainsReader {

    /** How many years of levels are read: more than the longest run the law asks (Điều 21: two runs of three). */
    static final int LEVEL_YEARS = 12;

    private final EmulationReportSql sql;
    private final EmulationRecords records;
    private final EmulationSettings settings;

    EmulationChainsReader(EmulationReportSql sql, EmulationRecords records, EmulationSettings settings) {
        this.sql = sql;
        this.records = records;
        this.settings = settings;
    }

    /** The prospects after {@code year} of the people posted in the scope on {@code postedOn}, by title then name. */
    List<EmulationChains.Prospect> prospects(int year, LocalDate postedOn, ReportScope scope, UnitTree tree) {
        List<EmulationReportSql.PostedCadre> posted = sql.posted(postedOn, scope);
        if (posted.isEmpty()) {
            return List.of();
        }
        List<Nominee> nominees = posted.stream().map(cadre -> Nominee.person(cadre.cadreId())).toList();
        Map<Nominee, Map<Integer, Set<EmulationTitle>>> awards = records.awards(nominees, year);
        Map<Nominee, List<Achievement>> achievements = records.achievements(nominees, year);
        Map<Long, Map<Integer, RatingLevel>> levels = new HashMap<>();
        for (EmulationReportSql.YearLevel level : sql.levels(posted.stream().map(
                EmulationReportSql.PostedCadre::cadreId).toList(), year - LEVEL_YEARS, year)) {
            // Two counted ratings of one year (a move between units) count as the lower one.
            levels.computeIfAbsent(level.cadreId(), id -> new TreeMap<>()).merge(level.year(),
                    RatingLevel.valueOf(level.level()), (first, second) -> first.isAtLeast(second) ? second : first);
        }
        Function<List<String>, EmulationThresholds> thresholds = settings.readAll();
        Map<Long, ChainOutlook> outlooks = new HashMap<>();
        List<EmulationChains.Prospect> prospects = new ArrayList<>();
        for (EmulationReportSql.PostedCadre cadre : posted) {
            Nominee nominee = Nominee.person(cadre.cadreId());
            List<PersonYear> history = history(awards.getOrDefault(nominee, Map.of()),
                    achievements.getOrDefault(nominee, List.of()), levels.getOrDefault(cadre.cadreId(), Map.of()));
            ChainOutlook outlook = outlooks.computeIfAbsent(cadre.unitId(), unit -> new ChainOutlook(
                    new EmulationRules(thresholds.apply(codesUpward(unit, tree)))));
            for (ChainProspect prospect : outlook.nextYear(history, year)) {
                prospects.add(new EmulationChains.Prospect(cadre.cadreId(), cadre.code(), cadre.fullName(),
                        tree.contains(cadre.unitId()) ? tree.name(cadre.unitId()) : null, prospect.title(),
                        prospect.yearsHeld(), prospect.yearsNeeded(), prospect.stillMissing()));
            }
        }
        // The posted people come in name order; a stable sort by title keeps it within each title.
        prospects.sort(Comparator.comparing(EmulationChains.Prospect::title));
        return prospects;
    }

    /** Every year with a level, a title or an achievement on record, as the rules read a past year. */
    private static List<PersonYear> history(Map<Integer, Set<EmulationTitle>> awards, List<Achievement> achievements,
            Map<Integer, RatingLevel> levels) {
        Set<Integer> years = new TreeSet<>(awards.keySet());
        years.addAll(levels.keySet());
        achievements.forEach(achievement -> years.add(achievement.year()));
        List<PersonYear> history = new ArrayList<>();
        for (int year : years) {
            history.add(PersonYear.past(year, levels.get(year), awards.getOrDefault(year, Set.of()),
                    achievements.stream().filter(achievement -> achievement.year() == year).toList()));
        }
        return history;
    }

    /** The unit's code and its parents' codes, nearest first: how the scheme chooses a unit's settings. */
    private static List<String> codesUpward(long unit, UnitTree tree) {
        List<String> codes = new ArrayList<>();
        for (Long current = unit; current != null && tree.contains(current); current = tree.parent(current)) {
            codes.add(tree.option(current).code());
        }
        return codes;
    }
}
