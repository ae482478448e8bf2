package vn.danhgia.emulation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;

/**
 * The emulation history as the rules read it, in a fixed number of statements however many nominees are asked for:
 * registrations, achievements and awarded titles. Every page, document, report and the API read them here.
 */
public interface EmulationRecords {

    /** Each nominee's registration for the year; a nominee who did not register is {@link Registration#MISSING}. */
    Map<Nominee, Registration> registrations(Collection<Nominee> nominees, int year);

    /**
     * The title each registered nominee aimed at for the year (shown beside the title achieved: seed 003 §III.1, the
     * title follows the achievement, not the target); nominees who did not register are missing from the map.
     */
    Map<Nominee, EmulationTitle> registeredTargets(Collection<Nominee> nominees, int year);

    /** Each nominee's achievements recognised up to and including {@code lastYear}. */
    Map<Nominee, List<Achievement>> achievements(Collection<Nominee> nominees, int lastYear);

    /** Each nominee's awarded titles by year, up to and including {@code lastYear}. */
    Map<Nominee, Map<Integer, Set<EmulationTitle>>> awards(Collection<Nominee> nominees, int lastYear);

    /** The nominations a unit's review meeting chose for the year, in the order of the meeting. */
    List<ChosenNomination> chosen(long unitId, int year);
}
