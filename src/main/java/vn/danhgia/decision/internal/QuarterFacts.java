package vn.danhgia.decision.internal;

import java.util.Map;
import java.util.Optional;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.quarterly.CollectiveResult;
import vn.danhgia.rules.quarterly.RatingSuggestion;

/**
 * What the rules read about a set of candidates for one quarter, each kind read once for all of them
 * ({@link DecisionRules#read}): their facts, their live ratings, the recorded collectives of their units and the
 * number of leaders of each unit (the small-unit rule's count).
 */
record QuarterFacts(Map<CadreId, CadreFacts> facts, Map<CadreId, QuarterRating> live,
                    Map<UnitId, CollectiveResult> collectives, Map<UnitId, Integer> leaders) {

    CadreFacts of(DecisionCandidate candidate) {
        return facts.get(candidate.cadre());
    }

    Optional<QuarterRating> live(CadreId cadre) {
        return Optional.ofNullable(live.get(cadre));
    }

    int leadersOf(UnitId unit) {
        return leaders.getOrDefault(unit, 0);
    }

    /** The suggestion for the cadre with the force majeure reason stored on the live rating, if any. */
    RatingSuggestion storedSuggestion(CadreFacts cadre) {
        String reason = live(cadre.candidate().cadre()).map(QuarterRating::forceMajeureReason).orElse(null);
        return cadre.suggestion(collectives.get(cadre.candidate().unit()), reason);
    }
}
