package vn.danhgia.organization;

import java.util.Arrays;

/**
 * A change the organisation refuses; {@link #messageKey()} names the reason in the organization message bundle and
 * {@link #field()}, when the reason is about one value, names the field that holds it, so a form shows it there.
 */
public class OrganizationRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private String field;

    public OrganizationRefusal(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The same refusal, about the named field ({@code code}, {@code parent}, {@code start}). */
    public OrganizationRefusal at(String refusedField) {
        this.field = refusedField;
        return this;
    }

    /** The field the refusal is about, or {@code null} when it is about the whole change. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
