package vn.danhgia.platform;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One bundle pair per module ({@code i18n/<module>_vi}, {@code i18n/<module>_en}) and no base bundle, so Vietnamese
 * must be the explicit fallback for any other locale; Boot's own message source only starts when a base bundle exists.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}
