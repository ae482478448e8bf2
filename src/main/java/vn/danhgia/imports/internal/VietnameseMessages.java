package vn.danhgia.imports.internal;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Text that goes into the files themselves (headers, choices, instructions): always Vietnamese, whatever language
 * the page is in, so that a template downloaded in English imports the same.
 */
@Component
public class VietnameseMessages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    VietnameseMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    public <E extends Enum<E>> Choices<E> choices(Class<E> type, Function<E, String> labelKey) {
        return new Choices<>(type, constant -> text(labelKey.apply(constant)));
    }
}
