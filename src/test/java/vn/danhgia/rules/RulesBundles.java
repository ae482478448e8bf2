package vn.danhgia.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The rules message bundles as plain {@link ResourceBundle}s, for tests that read a reason as people will. */
public final class RulesBundles {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final ResourceBundle VI = load("vi");
    public static final ResourceBundle EN = load("en");

    private RulesBundles() {
    }

    private static ResourceBundle load(String language) {
        // The quarterly and the yearly rules' bundles (i18n/rules, i18n/annualrules) read as one, as Spring merges them.
        try (InputStream in = new java.io.SequenceInputStream(
                RulesBundles.class.getResourceAsStream("/i18n/rules_" + language + ".properties"),
                RulesBundles.class.getResourceAsStream("/i18n/annualrules_" + language + ".properties"))) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
