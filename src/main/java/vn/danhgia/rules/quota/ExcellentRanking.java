package vn.danhgia.rules.quota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * Decides who fills the EXCELLENT places among the eligible: higher overall KPI first (seed 002 Phụ lục 2 §2(i):
 * beyond-plan work "là cơ sở xem xét về mức độ nổi trội giữa các cá nhân"), then higher total. People equal on both
 * across the last place are reported as tied for the competent authority; the rules never pick among them. A missing
 * score (conditions-only scheme) ranks below any score, so such people tie among themselves.
 */
public final class ExcellentRanking {

    private static final Comparator<Fraction> HIGHER_FIRST_MISSING_LAST =
            Comparator.nullsLast(Comparator.<Fraction>reverseOrder());
    private static final Comparator<QuotaCandidate> BEST_FIRST =
            Comparator.comparing(QuotaCandidate::overallKpi, HIGHER_FIRST_MISSING_LAST)
                    .thenComparing(QuotaCandidate::total, HIGHER_FIRST_MISSING_LAST);

    private ExcellentRanking() {
    }

    public static QuotaRanking rank(List<QuotaCandidate> candidates, int places) {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative");
        }
        List<QuotaCandidate> eligible = candidates.stream()
                .filter(candidate -> candidate.role() != CollectiveRole.HEAD)
                .filter(candidate -> candidate.suggestedLevel() == RatingLevel.EXCELLENT)
                .sorted(BEST_FIRST).toList();
        List<RankedCandidate> ranked = new ArrayList<>();
        for (QuotaCandidate candidate : eligible) {
            int rank = 1 + (int) eligible.stream().filter(other -> BEST_FIRST.compare(other, candidate) < 0).count();
            int equal = (int) eligible.stream().filter(other -> BEST_FIRST.compare(other, candidate) == 0).count();
            ranked.add(outcome(candidate, rank, equal, places));
        }
        for (QuotaCandidate candidate : candidates) {
            if (candidate.role() == CollectiveRole.HEAD) {
                ranked.add(new RankedCandidate(candidate, null, QuotaOutcome.HEAD_OUTSIDE_QUOTA,
                        candidate.suggestedLevel(), RatingReason.of(ReasonCode.QUOTA_HEAD_OUTSIDE, null)));
            } else if (candidate.suggestedLevel() != RatingLevel.EXCELLENT) {
                ranked.add(new RankedCandidate(candidate, null, QuotaOutcome.NOT_ELIGIBLE, candidate.suggestedLevel(),
                        RatingReason.of(ReasonCode.QUOTA_NOT_ELIGIBLE, null, candidate.suggestedLevel())));
            }
        }
        return new QuotaRanking(places, ranked);
    }

    private static RankedCandidate outcome(QuotaCandidate candidate, int rank, int equal, int places) {
        if (rank + equal - 1 <= places) {
            return new RankedCandidate(candidate, rank, QuotaOutcome.AWARDED, RatingLevel.EXCELLENT,
                    RatingReason.of(ReasonCode.QUOTA_AWARDED, RatingLevel.EXCELLENT, rank, places));
        }
        if (rank <= places) {
            return new RankedCandidate(candidate, rank, QuotaOutcome.TIED_AT_CUT, null,
                    RatingReason.of(ReasonCode.QUOTA_TIE, null, rank, equal, places - rank + 1));
        }
        return new RankedCandidate(candidate, rank, QuotaOutcome.OUTSIDE_PLACES, RatingLevel.GOOD,
                RatingReason.of(ReasonCode.QUOTA_OUTSIDE, RatingLevel.GOOD, rank, places));
    }
}
