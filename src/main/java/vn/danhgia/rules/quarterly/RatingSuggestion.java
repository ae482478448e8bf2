package vn.danhgia.rules.quarterly;

import java.util.List;
import java.util.Objects;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * The level the rules allow for a person in a quarter (mức xếp loại đề xuất) and every reason behind it, in the
 * engine's stable order: points band, task conditions, led unit, earlier shortcomings, veto events, collective.
 * The level is the lowest {@link RatingReason#cap()} among them.
 */
public record RatingSuggestion(RatingLevel level, List<RatingReason> reasons) {

    public RatingSuggestion {
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    /** The reasons that hold the level below EXCELLENT. */
    public List<RatingReason> limitingReasons() {
        return reasons.stream().filter(RatingReason::limits).toList();
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(reason -> reason.code().equals(code));
    }

    /**
     * True when a circumstance is left to the competent authority's judgement, so the suggestion must not be applied
     * unseen: corruption in the managed scope that the person detected, reported and handled (seed 000 §III.3.4), or
     * a quarter whose every task a confirmed force majeure excused, to be deferred or decided (seed 002 §6.1, §7 d).
     */
    public boolean needsAuthorityDecision() {
        return hasReason(ReasonCode.CORRUPTION_AUTHORITY_DECIDES.code())
                || hasReason(ReasonCode.FORCE_MAJEURE_NOTHING_DONE.code());
    }
}
