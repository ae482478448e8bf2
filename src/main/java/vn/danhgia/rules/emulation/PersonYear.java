package vn.danhgia.rules.emulation;

import java.util.List;
import java.util.Set;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * What the emulation rules know of one person's year: the yearly rating as cadre, civil servant or public employee
 * (null while not decided), the registration (đăng ký thi đua, seed 003 §III.1), the heaviest discipline of the
 * year, an unanswered complaint about the year's rating, the titles and rewards awarded for the year, the
 * achievements recognised in it, and the time worked (null when not known, which excludes nobody).
 */
public record PersonYear(int year, RatingLevel level, Registration registration, DisciplineForm discipline,
        boolean complaintOpen, Set<EmulationTitle> awarded, List<Achievement> achievements, Integer monthsWorked,
        Integer workingDaysOff) {

    public PersonYear {
        registration = registration == null ? Registration.MISSING : registration;
        awarded = awarded == null ? Set.of() : Set.copyOf(awarded);
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
    }

    /** A year known only by its rating and awards, as imported from earlier years. */
    public static PersonYear past(int year, RatingLevel level, Set<EmulationTitle> awarded,
            List<Achievement> achievements) {
        return new PersonYear(year, level, Registration.ON_TIME, null, false, awarded, achievements, null, null);
    }

    public boolean holds(EmulationTitle title) {
        return awarded.contains(title);
    }
}
