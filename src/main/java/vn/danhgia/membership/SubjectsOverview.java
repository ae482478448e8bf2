package vn.danhgia.membership;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.organization.UnitView;

/**
 * Who is reviewed under a unit in a year, where and by whom: what the /annual/subjects page and the API show.
 *
 * @param reviewDate the day the eligibility and the seats are read on (15/12 of the year, the deadline of seeds 003
 *                   and 004, until the annual scheme names the year's review date)
 */
public record SubjectsOverview(UnitView unit, int year, LocalDate reviewDate, List<Collective> collectives,
                               List<Individual> individuals) {

    public SubjectsOverview {
        collectives = List.copyOf(collectives);
        individuals = List.copyOf(individuals);
    }

    public long notReviewedCount() {
        return individuals.stream().filter(individual -> !individual.reviewee().reviewed()).count();
    }

    public record Collective(CollectiveSubject subject, AnnualAuthorityView authority) {
    }

    public record Individual(Reviewee reviewee, AnnualAuthorityView authority) {
    }

    /** The review date of a year until the annual scheme says otherwise: 15/12 (seed 003 §2.3, seed 004). */
    public static LocalDate reviewDateOf(int year) {
        return LocalDate.of(year, 12, 15);
    }
}
