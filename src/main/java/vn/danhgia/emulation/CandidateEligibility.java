package vn.danhgia.emulation;

import java.util.List;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.rules.emulation.TitleEligibility;

/**
 * One candidate of a review: the year's decided level (null while undecided), the registration with the title it aimed
 * at (null without one), and the engine's eligibility for each title the candidate may hold.
 */
public record CandidateEligibility(Nominee nominee, String name, RatingLevel level, Registration registration,
                                   EmulationTitle registeredTarget, List<TitleEligibility> titles) {

    public CandidateEligibility {
        titles = List.copyOf(titles);
    }

    public Optional<TitleEligibility> title(EmulationTitle title) {
        return titles.stream().filter(eligibility -> eligibility.title() == title).findFirst();
    }

    /** The titles the candidate qualifies for, in the order of the law's titles. */
    public List<EmulationTitle> eligibleTitles() {
        return titles.stream().filter(TitleEligibility::eligible).map(TitleEligibility::title).toList();
    }
}
