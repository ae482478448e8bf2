package vn.danhgia.rules.annual;

import java.util.List;
import java.util.Objects;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;

/**
 * The yearly level the rules suggest and every reason behind it: the lowest cap of all rules that apply, each reason
 * with its code and source. The first reason names the legal basis in force.
 */
public record AnnualSuggestion(RatingLevel level, List<RatingReason> reasons) {

    public AnnualSuggestion {
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
}
