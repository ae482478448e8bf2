package vn.danhgia.rules.yearend;

import vn.danhgia.rules.RatingReason;

/**
 * A person's place in the preference for the year's EXCELLENT level.
 *
 * @param candidate         the person
 * @param eligible          false when a NOT_COMPLETED quarter rules out EXCELLENT for the year
 * @param excellentQuarters quarters of the year proposed EXCELLENT
 * @param rank              1 for the most; equal counts share a rank; null when not eligible
 * @param reason            the message to show
 */
public record YearEndPreference(YearEndCandidate candidate, boolean eligible, int excellentQuarters, Integer rank,
                                RatingReason reason) {
}
