package vn.danhgia.rules.council;

import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;

/**
 * The outcome of a council's vote on one cadre.
 *
 * @param level        the level reached, empty unless {@code reason} is REACHED
 * @param votes        the votes cast for each level (every level present, zero where none)
 * @param support      the votes that count towards each level (see {@link CouncilTally})
 * @param majority     the votes a level needed
 * @param quorum       the members that had to be present
 */
public record CouncilTallyResult(Optional<RatingLevel> level, TallyReason reason, int members, int present,
                                 Map<RatingLevel, Integer> votes, Map<RatingLevel, Integer> support, int majority,
                                 int quorum) {

    public CouncilTallyResult {
        votes = Map.copyOf(votes);
        support = Map.copyOf(support);
    }

    /** The arguments of {@code reason.messageKey()} in the rules message bundle. */
    public Object[] reasonArguments() {
        return switch (reason) {
            case REACHED -> new Object[] {support.get(level.orElseThrow()), members, majority};
            case QUORUM_MISSING -> new Object[] {present, members, quorum};
            case TIE -> new Object[] {};
            case NO_MAJORITY -> new Object[] {majority, members};
        };
    }
}
