package vn.danhgia.platform.api;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import vn.danhgia.platform.ControlCharacters;

/**
 * Refuses a control character in any string of a JSON body (values and map keys) as Jackson reads it, so that
 * {@link JsonErrorTranslator} names the field's path ({@code axes[0].tasks[1].title}) and nothing reaches a service.
 * Registered with Spring Boot's {@code JsonMapper}, which the API's message converter uses.
 */
@Component
class ControlCharacterJson extends SimpleModule {

    ControlCharacterJson() {
        super("danhgia-control-characters");
        addDeserializer(String.class, new CheckedString());
        addKeyDeserializer(String.class, new CheckedKey());
    }

    /** A string read from JSON that holds a refused character; the path is added by Jackson as it unwinds. */
    static final class RefusedCharacter extends MismatchedInputException {

        private final int codePoint;

        RefusedCharacter(JsonParser parser, int codePoint) {
            super(parser, "control character " + ControlCharacters.notation(codePoint) + " in a string",
                    String.class);
            this.codePoint = codePoint;
        }

        int codePoint() {
            return codePoint;
        }
    }

    /** Jackson's own string reading (coercions and all), then the check. */
    private static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String text) {
        ControlCharacters.firstRefused(text).ifPresent(codePoint -> {
            throw new RefusedCharacter(parser, codePoint);
        });
        return text;
    }
}
