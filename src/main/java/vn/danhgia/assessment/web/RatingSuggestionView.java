package vn.danhgia.assessment.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingSuggestion;

/** The engine's suggested level with each reason already rendered in the reader's language and its citation. */
public record RatingSuggestionView(RatingLevel level, String levelName, List<Reason> reasons) {

    public RatingSuggestionView {
        reasons = List.copyOf(reasons);
    }

    /** One reason; {@code limits} marks those that hold the level below EXCELLENT. */
    public record Reason(String message, String source, boolean limits) {
    }

    static RatingSuggestionView of(RatingSuggestion suggestion, MessageSource messages, Locale locale) {
        return new RatingSuggestionView(suggestion.level(),
                messages.getMessage("rule.level." + suggestion.level().name(), null, locale),
                suggestion.reasons().stream().map(reason -> new Reason(
                        messages.getMessage(reason.messageKey(), reason.messageArguments(), locale),
                        messages.getMessage("rule.source." + reason.source().name(), null, locale),
                        reason.limits())).toList());
    }
}
