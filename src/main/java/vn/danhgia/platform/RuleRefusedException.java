package vn.danhgia.platform;

import java.util.List;

/**
 * A valid request that a rule of the process refuses in the record's current state: submitting after the deadline,
 * approving a plan that was not submitted. Answers 409 with the rule's message; nothing is changed.
 */
public class RuleRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
