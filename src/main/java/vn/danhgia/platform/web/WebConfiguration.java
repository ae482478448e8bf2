package vn.danhgia.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language switch ({@code ?lang=vi|en}, remembered in a cookie), the refusal of control characters in every request
 * (after the language switch, so the refusal speaks the language asked for) and the display formats the templates use.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The bean name {@code localeResolver} is what the DispatcherServlet looks up. */
    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Bean
    DisplayFormats formats() {
        return new DisplayFormats();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new ControlCharacterGuard());
    }
}
