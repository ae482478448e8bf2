package vn.danhgia.assessment.web;

import java.util.List;
import java.util.Locale;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.RatingSuggestion;

/** The engine's suggested level with each reason already rendered in the reader's language and its citation. */
public record RatingSuggestionView(RatingLevel level, String levelName, List<Reason> reasons) {

    public RatingSuggestionView {
        reasons = List.copyOf(reasons);
    }

    /** One reason; {@code limits} marks those that hold the level below EXCELLENT. */
    public record Reason(String message, String source, boolean limits) {
    }

    static RatingSuggestionView of(RatingSuggestion suggestion, RatingTexts texts, Locale locale) {
        return new RatingSuggestionView(suggestion.level(), texts.levelName(suggestion.level(), locale),
                suggestion.reasons().stream().map(reason -> new Reason(texts.message(reason, locale),
                        texts.source(reason, locale), reason.limits())).toList());
    }
}
