package vn.danhgia.rules.quota;

import java.util.List;

/** The outcome of ranking a group for its EXCELLENT places: ranked people first by rank, then the others. */
public record QuotaRanking(int places, List<RankedCandidate> candidates) {

    public QuotaRanking {
        candidates = List.copyOf(candidates);
    }

    public List<RankedCandidate> withOutcome(QuotaOutcome outcome) {
        return candidates.stream().filter(candidate -> candidate.outcome() == outcome).toList();
    }

    /** Places left for the authority to give among the tied people. */
    public int placesLeftForAuthority() {
        return withOutcome(QuotaOutcome.TIED_AT_CUT).isEmpty() ? 0
                : places - withOutcome(QuotaOutcome.AWARDED).size();
    }
}
