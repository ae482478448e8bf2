package vn.danhgia.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Keeps the chosen language in a cookie and accepts only the languages the message bundles exist for:
 * Vietnamese (the default, whatever the browser asks for) and English. Any other value, from {@code ?lang=} or a
 * tampered cookie, falls back to Vietnamese instead of showing untranslated keys.
 */
final class SupportedLocaleResolver extends CookieLocaleResolver {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    SupportedLocaleResolver() {
        super("danhgia-lang");
        setDefaultLocaleFunction(request -> VIETNAMESE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        // A malformed cookie must not turn every page into an error.
        setRejectInvalidCookies(false);
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        return supported(super.parseLocaleValue(value));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : supported(context.getLocale());
        super.setLocaleContext(request, response, locale == null ? null : new SimpleLocaleContext(locale));
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }
}
