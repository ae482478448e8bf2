package vn.danhgia.rules;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a level was suggested or capped (lý do): a stable code, the text it cites, the highest level it allows
 * ({@code cap}: below EXCELLENT it limits the level; EXCELLENT states a ground, such as the points band; {@code null}
 * when it only informs) and its named arguments for the message {@code rule.<code>}. Argument values are plain
 * strings: numbers without grouping ("91.93", "25"), enum constants by name ("GOOD"), free text as recorded.
 */
public record RatingReason(String code, RuleSource source, RatingLevel cap, Map<String, String> arguments) {

    public RatingReason {
        Objects.requireNonNull(source, "source");
        List<ReasonCode.Argument> declared = ReasonCode.ofCode(code).arguments();
        // Kept in the bundle's order so that a JSON view lists them as the message reads them.
        Map<String, String> ordered = new LinkedHashMap<>();
        for (ReasonCode.Argument argument : declared) {
            String value = arguments.get(argument.name());
            if (value == null) {
                throw new IllegalArgumentException("reason " + code + " needs the argument " + argument.name());
            }
            typed(argument, value); // refuses a value its message could not format
            ordered.put(argument.name(), value);
        }
        if (arguments.size() != declared.size()) {
            throw new IllegalArgumentException("reason " + code + " takes only the arguments " + ordered.keySet()
                    + ", got " + arguments.keySet());
        }
        arguments = Collections.unmodifiableMap(ordered);
    }

    /**
     * A reason citing its code's usual source; {@code values} follow {@link ReasonCode#arguments()}: numbers as
     * {@link BigDecimal} or {@link Integer}, enum constants, or text.
     */
    public static RatingReason of(ReasonCode code, RatingLevel cap, Object... values) {
        List<ReasonCode.Argument> declared = code.arguments();
        if (values.length != declared.size()) {
            throw new IllegalArgumentException("reason " + code.code() + " takes " + declared.size() + " arguments");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            arguments.put(declared.get(i).name(), plain(values[i]));
        }
        return new RatingReason(code.code(), code.source(), cap, arguments);
    }

    /** The same reason citing another text, e.g. the legal basis in force for the year instead of the code's usual one. */
    public RatingReason citing(RuleSource otherSource) {
        return new RatingReason(code, otherSource, cap, arguments);
    }

    public ReasonCode reasonCode() {
        return ReasonCode.ofCode(code);
    }

    /** True when the reason holds the level below EXCELLENT. */
    public boolean limits() {
        return cap != null && cap != RatingLevel.EXCELLENT;
    }

    /** True when the reason only informs and leaves the level to the other reasons (or to the authority). */
    public boolean informs() {
        return cap == null;
    }

    public String messageKey() {
        return reasonCode().messageKey();
    }

    /**
     * The arguments in bundle order, typed for {@link MessageFormat}: numbers as {@link BigDecimal} (formatted in the
     * reader's locale, 91,93 in Vietnamese), enum constants as their ordinal for a {@code choice} format, text as is.
     * Suitable for Spring's {@code MessageSource.getMessage(messageKey(), messageArguments(), locale)}.
     */
    public Object[] messageArguments() {
        return reasonCode().arguments().stream().map(argument -> typed(argument, arguments.get(argument.name())))
                .toArray();
    }

    /** The message in the bundle's language, for callers without Spring. */
    public String render(ResourceBundle bundle, Locale locale) {
        return new MessageFormat(bundle.getString(messageKey()), locale).format(messageArguments());
    }

    private static Object typed(ReasonCode.Argument argument, String value) {
        return switch (argument.kind()) {
            case NUMBER -> new BigDecimal(value);
            case TEXT -> value;
            case ENUM -> ordinalOf(argument.enumType(), value);
        };
    }

    private static int ordinalOf(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant.ordinal();
            }
        }
        throw new IllegalArgumentException(name + " is not a constant of " + type.getSimpleName());
    }

    private static String plain(Object value) {
        Objects.requireNonNull(value, "reason argument");
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
