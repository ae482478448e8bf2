package vn.danhgia.platform.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.danhgia.platform.ControlCharacters;
import vn.danhgia.platform.FieldViolation;

/** Turns a body Jackson could not read into the field path and the rule the caller broke. */
class JsonErrorTranslator {

    FieldViolation translate(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (!(cause instanceof JacksonException jackson)) {
            return FieldViolation.of("", "api.json.missing-body");
        }
        String field = pathOf(jackson);
        if (jackson instanceof ControlCharacterJson.RefusedCharacter refused) {
            return FieldViolation.of(field, ControlCharacters.IN_TEXT, field,
                    ControlCharacters.notation(refused.codePoint()));
        }
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return FieldViolation.of(field, "api.json.unknown-field", unknown.getPropertyName());
        }
        if (jackson instanceof InvalidNullException) {
            return FieldViolation.of(field, "api.validation.required");
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return FieldViolation.of(field, "api.json.wrong-value", Arrays.stream(mismatch.getTargetType()
                    .getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return FieldViolation.of(field, "api.json.wrong-type." + expectedType(mismatch.getTargetType()));
        }
        if (jackson instanceof StreamReadException) {
            return FieldViolation.of(field, "api.json.malformed", lineOf(jackson), columnOf(jackson));
        }
        return FieldViolation.of(field, "api.json.unreadable");
    }

    private static String pathOf(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A message key suffix naming the JSON type the field needs. */
    private static String expectedType(Class<?> target) {
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return target == Integer.class || target == int.class || target == Long.class || target == long.class
                    ? "integer" : "number";
        }
        if (target == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }

    private static int lineOf(JacksonException jackson) {
        return jackson.getLocation() == null ? 0 : jackson.getLocation().getLineNr();
    }

    private static int columnOf(JacksonException jackson) {
        return jackson.getLocation() == null ? 0 : jackson.getLocation().getColumnNr();
    }
}
