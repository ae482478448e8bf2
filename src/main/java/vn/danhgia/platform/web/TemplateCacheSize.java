package vn.danhgia.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's cache of parsed templates for every page with its fragments. Thymeleaf keys a fragment by the
 * page it is inserted into, so each of the hundred pages holds its own copy of the layout, its title and main and the
 * fragments it inserts: some 700 entries, where the default cache keeps 200 and parsed the least used pages again
 * and again on a node that serves them all. Likewise the parsed expressions: some 3,400 distinct ones in the templates,
 * where the default keeps 500.
 */
@Component
class TemplateCacheSize implements BeanPostProcessor {

    static final int PARSED_TEMPLATES = 2_000;
    static final int PARSED_EXPRESSIONS = 10_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            StandardCacheManager cache = new StandardCacheManager();
            cache.setTemplateCacheMaxSize(PARSED_TEMPLATES);
            cache.setExpressionCacheMaxSize(PARSED_EXPRESSIONS);
            engine.setCacheManager(cache);
        }
        return bean;
    }
}
