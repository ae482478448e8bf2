package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.Optional;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.ReasonCode;

/**
 * A leadership collective completing under 70 % of the tasks and targets the authority assigned (force majeure
 * excluded) makes its head NOT_COMPLETED and keeps its deputies and members below EXCELLENT (seed 002 §6.3;
 * DOMAIN-annual §2 "Collective below target"). The threshold is the scheme's ({@link RatingRules#collectiveMinCompletion()}).
 */
public final class CollectiveShortfall {

    private CollectiveShortfall() {
    }

    /** True when the completion is known and below the threshold. */
    public static boolean fallsShort(Fraction completion, BigDecimal minCompletion) {
        return completion != null && completion.compareTo(minCompletion) < 0;
    }

    /** The highest level the shortfall allows for the role: NOT_COMPLETED for the head, GOOD for the others. */
    public static RatingLevel cap(CollectiveRole role) {
        return role == CollectiveRole.HEAD ? RatingLevel.NOT_COMPLETED : RatingLevel.GOOD;
    }

    /** The reason when the collective falls short and the person belongs to it; empty otherwise. */
    public static Optional<RatingReason> reason(Fraction completion, BigDecimal minCompletion, CollectiveRole role) {
        if (role == CollectiveRole.NONE || !fallsShort(completion, minCompletion)) {
            return Optional.empty();
        }
        boolean head = role == CollectiveRole.HEAD;
        return Optional.of(RatingReason.of(head ? ReasonCode.COLLECTIVE_BELOW_THRESHOLD
                        : ReasonCode.COLLECTIVE_BELOW_THRESHOLD_NO_EXCELLENT, cap(role),
                completion.percent(), Fraction.of(minCompletion).percent()));
    }
}
