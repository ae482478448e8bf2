package vn.danhgia.rules.quota;

import java.util.Objects;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.QuarterlyScore;

/**
 * A person in a quota group with the level the engine suggested and, in a scored scheme, the quarter's score used to
 * rank the EXCELLENT-eligible.
 *
 * @param id             the caller's identifier of the person
 * @param name           the name shown beside the outcome
 * @param role           the person's place in the leadership collective; the head is outside the quota
 * @param suggestedLevel the level the rules allow (EXCELLENT means eligible for a place)
 * @param score          the quarter's score, or null in a conditions-only scheme
 */
public record QuotaCandidate(String id, String name, CollectiveRole role, RatingLevel suggestedLevel,
                             QuarterlyScore score) {

    public QuotaCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(suggestedLevel, "suggestedLevel");
    }

    Fraction overallKpi() {
        return score == null ? null : score.overallKpi();
    }

    Fraction total() {
        return score == null ? null : score.total();
    }
}
