package vn.danhgia.annual;

import java.util.List;

/** One reason shown beside a yearly suggestion or decision: a message key of the annualrating bundle and its values. */
public record YearlyReason(String messageKey, List<Object> arguments) {

    public YearlyReason {
        arguments = List.copyOf(arguments);
    }

    public static YearlyReason of(String messageKey, Object... arguments) {
        return new YearlyReason(messageKey, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
