package vn.danhgia.assessment;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;

/** The engine's levels and reasons in the reader's language, for the score-sheet page and the API alike. */
@Component
public class RatingTexts {

    private final MessageSource messages;

    RatingTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String levelName(RatingLevel level, Locale locale) {
        return messages.getMessage(level.messageKey(), null, locale);
    }

    public String message(RatingReason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), reason.messageArguments(), locale);
    }

    /** The issuing document and section the reason rests on. */
    public String source(RatingReason reason, Locale locale) {
        return messages.getMessage(reason.source().messageKey(), null, locale);
    }
}
