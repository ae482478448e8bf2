package vn.danhgia.imports.internal;

/**
 * One column of a template: its header (a message key, shown in Vietnamese in every file), whether a row must fill
 * it, its longest accepted text, the field name the owning service uses for it in its refusals, the values it accepts
 * when it is a choice ({@code null} otherwise) and whether it takes several of them separated by ";". The
 * instructions sheet describes it with the message {@code headerKey + ".hint"}.
 */
public record Column(String headerKey, boolean required, int maxLength, String field, Choices<?> choices,
                     boolean multiple) {

    public static Column required(String headerKey, int maxLength, String field) {
        return new Column(headerKey, true, maxLength, field, null, false);
    }

    public static Column optional(String headerKey, int maxLength, String field) {
        return new Column(headerKey, false, maxLength, field, null, false);
    }

    public static Column choice(String headerKey, boolean required, String field, Choices<?> choices) {
        return new Column(headerKey, required, Integer.MAX_VALUE, field, choices, false);
    }

    public static Column choices(String headerKey, boolean required, String field, Choices<?> choices) {
        return new Column(headerKey, required, Integer.MAX_VALUE, field, choices, true);
    }

    public String hintKey() {
        return headerKey + ".hint";
    }
}
