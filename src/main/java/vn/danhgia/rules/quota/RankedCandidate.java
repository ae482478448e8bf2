package vn.danhgia.rules.quota;

import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;

/**
 * One person's place in the EXCELLENT ranking.
 *
 * @param candidate     the person as ranked
 * @param rank          1 for the best; equal keys share a rank (1, 2, 2, 4); null when not ranked
 * @param outcome       what the ranking decided
 * @param proposedLevel the level to propose, or null for a tie the authority must settle
 * @param reason        the reason to show
 */
public record RankedCandidate(QuotaCandidate candidate, Integer rank, QuotaOutcome outcome, RatingLevel proposedLevel,
                              RatingReason reason) {
}
