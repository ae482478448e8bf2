package vn.danhgia.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters refused in anything typed or sent to the application, checked once at the boundary (form fields, query
 * strings, JSON bodies, uploaded files' names) so that no service stores them: control characters nobody types and
 * no page can show, which PostgreSQL refuses in text (NUL) and H2 would store unseen. Tab, line feed and carriage
 * return are kept: they are how multi-line comments arrive. File names also refuse the bidirectional formatting
 * characters, with which "hoso", U+202E, "fdp.exe" shows as "hosoexe.pdf". They are refused rather than stripped:
 * the name is kept as the uploader gave it, and no Vietnamese document name needs them.
 */
public final class ControlCharacters {

    /** Message key of a text field holding a control character; arguments: the field, the character as U+XXXX. */
    public static final String IN_TEXT = "platform.input.control-character";
    /** Message key of an uploaded file's name holding a control character; same arguments. */
    public static final String IN_FILE_NAME = "platform.input.file-name.control-character";
    /** Message key of an uploaded file's name holding a bidirectional formatting character; same arguments. */
    public static final String BIDI_IN_FILE_NAME = "platform.input.file-name.bidi";

    private ControlCharacters() {
    }

    /**
     * The C0 controls except tab, line feed and carriage return; DEL; the C1 controls (U+0080–U+009F).
     */
    public static boolean isRefused(int codePoint) {
        return codePoint < 0x20 ? codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                : codePoint >= 0x7F && codePoint <= 0x9F;
    }

    /**
     * The marks and overrides that change the direction text is shown in: LRM, RLM (U+200E–U+200F), the embeddings
     * and overrides U+202A–U+202E, the isolates U+2066–U+2069 and the Arabic letter mark U+061C.
     */
    public static boolean isBidiFormatting(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0x061C;
    }

    /** The first refused character of the text, or empty when it has none (or is null). */
    public static Optional<Integer> firstRefused(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints().filter(ControlCharacters::isRefused).boxed().findFirst();
    }

    /** A typed text value: the refusal naming the field when it holds a refused character. */
    public static Optional<FieldViolation> checkText(String field, String text) {
        return firstRefused(text).map(codePoint -> FieldViolation.of(visible(field), IN_TEXT, visible(field),
                notation(codePoint)));
    }

    /** An uploaded file's name, sent in the form field {@code field}: control and bidirectional characters refused. */
    public static Optional<FieldViolation> checkFileName(String field, String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Optional<FieldViolation> control = firstRefused(fileName).map(codePoint -> FieldViolation.of(visible(field),
                IN_FILE_NAME, visible(field), notation(codePoint)));
        if (control.isPresent()) {
            return control;
        }
        return fileName.codePoints().filter(ControlCharacters::isBidiFormatting).boxed().findFirst()
                .map(codePoint -> FieldViolation.of(visible(field), BIDI_IN_FILE_NAME, visible(field),
                        notation(codePoint)));
    }

    /** The character as the Unicode standard writes it: U+0000. */
    public static String notation(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /** The text with each refused character written as U+XXXX, safe to echo in a message (a field's name). */
    public static String visible(String text) {
        if (text == null || firstRefused(text).isEmpty()) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (isRefused(codePoint)) {
                shown.append(notation(codePoint));
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }
}
