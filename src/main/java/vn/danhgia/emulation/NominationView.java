package vn.danhgia.emulation;

import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.MinimumShare;

/**
 * A holder nominated for a title in a review, with the title the holder registered for beside it (seed 003 §III.1: the
 * title follows the achievement), the vote recorded and the share of the council the title needs.
 */
public record NominationView(long id, long version, Nominee nominee, String name, EmulationTitle title,
                             EmulationTitle registeredTarget, boolean eligible, Integer votesFor,
                             Integer votesAgainst, NominationOutcome outcome, MinimumShare voteNeeded) {
}
