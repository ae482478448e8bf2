package vn.danhgia.annual.rating;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.ExcellentProposals;
import vn.danhgia.rules.RatingLevel;

@Component
class ExcellentProposalLookup implements ExcellentProposals {

    private final YearlyRatingRepository ratings;

    ExcellentProposalLookup(YearlyRatingRepository ratings) {
        this.ratings = ratings;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> among(Collection<Long> cadreIds, int year) {
        if (cadreIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ratings.cadresAtLevel(year, cadreIds, RatingLevel.EXCELLENT));
    }
}
