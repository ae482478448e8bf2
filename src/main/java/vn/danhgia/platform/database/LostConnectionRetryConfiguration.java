package vn.danhgia.platform.database;

import java.lang.reflect.Method;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * {@link LostConnectionRetry} around every method the transaction interceptor handles ({@code @Transactional}, read
 * the same way), ordered just outside it so that each attempt is a transaction of its own. The same object listens
 * to the transaction manager (Spring Boot registers {@code TransactionExecutionListener} beans with it) to learn when
 * a write reaches its commit. Infrastructure beans, picked up by the auto-proxy creator like the transaction advisor.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class LostConnectionRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static LostConnectionRetry lostConnectionRetry() {
        return new LostConnectionRetry();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lostConnectionRetryAdvisor(LostConnectionRetry retry) {
        // As Spring's own transaction configuration reads the annotations: non-public methods too.
        TransactionAttributeSource transactional = new AnnotationTransactionAttributeSource(false);
        StaticMethodMatcherPointcut transactionalMethods = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return transactional.getTransactionAttribute(method, targetClass) != null;
            }
        };
        transactionalMethods.setClassFilter(transactional::isCandidateClass);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactionalMethods, retry);
        // The transaction advisor has the lowest precedence: this one runs before it, outside the transaction.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
