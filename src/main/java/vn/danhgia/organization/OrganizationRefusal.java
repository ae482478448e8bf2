package vn.danhgia.organization;

import java.util.Arrays;

/** A change the organisation refuses; {@link #messageKey()} names the reason in the organization message bundle. */
public class OrganizationRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public OrganizationRefusal(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
