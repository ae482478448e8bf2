package vn.danhgia.annual;

import java.util.List;
import vn.danhgia.rules.RatingReason;

/**
 * One reason shown beside a yearly suggestion or decision: a message key (of the rules bundles for the engine's
 * reasons, of the annualrating bundle for the board's own lines) and its values, the key of the text it cites, and
 * whether it holds the level below EXCELLENT.
 *
 * @param sourceKey the cited text's key in the rules bundles, or null for a line of the board's own
 * @param limits    the reason holds the level below EXCELLENT
 */
public record YearlyReason(String messageKey, List<Object> arguments, String sourceKey, boolean limits) {

    public YearlyReason {
        arguments = List.copyOf(arguments);
    }

    public static YearlyReason of(String messageKey, Object... arguments) {
        return new YearlyReason(messageKey, List.of(arguments), null, false);
    }

    /** An engine's reason, with its arguments typed for the message as {@link RatingReason#messageArguments()}. */
    public static YearlyReason of(RatingReason reason) {
        return new YearlyReason(reason.messageKey(), List.of(reason.messageArguments()),
                reason.source().messageKey(), reason.limits());
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
