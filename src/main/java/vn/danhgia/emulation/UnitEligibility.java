package vn.danhgia.emulation;

import java.util.List;
import java.util.Optional;

/**
 * The candidates of a unit's year (the people with a post in it, then the unit as a collective) with their
 * eligibility.
 */
public record UnitEligibility(long unitId, String unitName, int year, List<CandidateEligibility> candidates) {

    public UnitEligibility {
        candidates = List.copyOf(candidates);
    }

    public Optional<CandidateEligibility> candidate(Nominee nominee) {
        return candidates.stream().filter(candidate -> candidate.nominee().equals(nominee)).findFirst();
    }
}
