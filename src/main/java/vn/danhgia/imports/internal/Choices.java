package vn.danhgia.imports.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a choice column accepts: each constant's Vietnamese label (what the template's drop-down offers) or its
 * code, whatever the case. Both forms are accepted so that a file written by another program still imports.
 */
public final class Choices<E extends Enum<E>> {

    private final Map<String, E> byLabel = new LinkedHashMap<>();
    private final Map<String, E> accepted = new LinkedHashMap<>();

    public Choices(Class<E> type, Function<E, String> label) {
        for (E constant : type.getEnumConstants()) {
            String shown = label.apply(constant);
            byLabel.put(shown, constant);
            accepted.put(normal(shown), constant);
            accepted.put(normal(constant.name()), constant);
        }
    }

    public List<String> labels() {
        return List.copyOf(byLabel.keySet());
    }

    public Optional<E> parse(String text) {
        return Optional.ofNullable(accepted.get(normal(text)));
    }

    public String labelOf(Enum<?> constant) {
        return byLabel.entrySet().stream().filter(entry -> entry.getValue() == constant).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The labels of several constants, as a multi-valued cell writes them. */
    public String labelsOf(Enum<?>... constants) {
        return String.join("; ", Arrays.stream(constants).map(this::labelOf).toList());
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
