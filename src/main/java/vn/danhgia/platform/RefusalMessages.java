package vn.danhgia.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * A refusal as the sentence a page shows beside its form after the redirect, in the reader's language: the rule's,
 * the access's or the first wrong field's message, or the concurrent-edit notice for a stale version.
 */
@Component
public class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the change; the refusal's message, or null when it was made. */
    public String attempt(Runnable change, Locale locale) {
        try {
            change.run();
            return null;
        } catch (RuleRefusedException | InvalidInputException | AccessRefusedException refused) {
            return of(refused, locale);
        } catch (ConcurrencyFailureException stale) {
            return messages.getMessage("platform.concurrent-edit", null, locale);
        }
    }

    /** The message of a rule's, an access's or a wrong input's refusal. */
    public String of(RuntimeException refused, Locale locale) {
        if (refused instanceof RuleRefusedException rule) {
            return messages.getMessage(rule.messageKey(), rule.arguments().toArray(), locale);
        }
        if (refused instanceof AccessRefusedException access) {
            return messages.getMessage(access.messageKey(), access.arguments().toArray(), locale);
        }
        FieldViolation first = ((InvalidInputException) refused).violations().get(0);
        return messages.getMessage(first.messageKey(), first.arguments().toArray(), locale);
    }
}
