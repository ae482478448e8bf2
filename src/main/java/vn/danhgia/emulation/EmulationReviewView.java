package vn.danhgia.emulation;

import java.time.Instant;
import java.util.List;

/**
 * A unit's review meeting (họp bình xét, seed 003 §IV) as the page and the API show it: the minutes, the nominations
 * with their votes, the candidates with the engine's eligibility, and the share cap of Chiến sĩ thi đua cơ sở.
 *
 * @param conducts whether the reader conducts it (the unit head or the personnel office) while it is open
 */
public record EmulationReviewView(long id, long version, long unitId, String unitName, int year,
                                  EmulationReviewStatus status, ReviewMinutes minutes, String openedBy,
                                  Instant openedAt, String closedBy, Instant closedAt, boolean conducts,
                                  List<NominationView> nominations, FighterCap fighterCap,
                                  UnitEligibility candidates) {

    public EmulationReviewView {
        nominations = List.copyOf(nominations);
    }

    /**
     * Chiến sĩ thi đua cơ sở chosen against the cap over the Lao động tiên tiến chosen (Nghị định 98/2023).
     *
     * @param allowed how many may be chosen: the scheme's share of {@code advancedChosen}, rounded down
     */
    public record FighterCap(int advancedChosen, int allowed, int fightersChosen) {
    }
}
