package vn.danhgia.platform;

import java.util.List;

/**
 * One refused input value: the field's path as the caller wrote it ({@code axes[0].tasks[1].plannedQuantity}) and the
 * message key of the rule it breaks, with the message's arguments.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
