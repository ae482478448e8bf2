package vn.danhgia.scheme;

import java.util.List;

/**
 * A change to a scheme that its rules refuse (thay đổi cấu hình phương án không hợp lệ). Nothing is changed. The
 * message key names the reason in {@code i18n/scheme_*.properties}; the arguments fill its placeholders, and may be
 * {@link org.springframework.context.MessageSourceResolvable}s that the message source resolves in turn.
 */
public class SchemeRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public SchemeRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
