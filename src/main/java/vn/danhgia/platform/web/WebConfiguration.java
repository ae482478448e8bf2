package vn.danhgia.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Language switch ({@code ?lang=vi|en}, remembered in a cookie), the refusal of control characters in every request
 * (after the language switch, so the refusal speaks the language asked for), the display formats the templates use, and
 * the static files.
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

    /**
     * The static files under their own three prefixes instead of Spring Boot's {@code /**} (switched off by
     * {@code spring.web.resources.add-mappings: false}): with {@code /**}, every link a page writes, such as a sheet's
     * address, was looked up as a file in four class path folders of every jar before it was written (13 % of the
     * request threads' time on deadline day, issue 15 §1). The webjars are addressed without their version.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
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
