package vn.danhgia.platform;

import java.util.List;

/**
 * The caller may see the record but not do this to it (a cadre approving their own plan, a unit head editing a
 * cadre's self-assessment): 403 with a message saying why.
 */
public class AccessRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public AccessRefusedException(String messageKey, Object... arguments) {
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
