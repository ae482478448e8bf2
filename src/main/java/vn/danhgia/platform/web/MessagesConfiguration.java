package vn.danhgia.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * One bundle pair per module ({@code i18n/<module>_vi}, {@code i18n/<module>_en}) and no base bundle, so Vietnamese
 * must be the explicit fallback for any other locale; Boot's own message source only starts when a base bundle exists.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    MessageSource messageSource(Environment environment) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(environment.getRequiredProperty("spring.messages.basename", String[].class));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}
