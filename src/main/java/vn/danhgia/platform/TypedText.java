package vn.danhgia.platform;

/** Text as people type it into forms and requests. */
public final class TypedText {

    private TypedText() {
    }

    /** The text without surrounding white space, or null when nothing but white space was typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
