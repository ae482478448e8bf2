package vn.danhgia.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.accounts.UserAccountRepository;

@TestConfiguration(proxyBeanMethods = false)
class DemoTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    /** Static: it post-processes the DataSource, so it must exist before the other beans. */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    TestActors testActors(UserAccountRepository accounts, OrganizationQueries organization) {
        return new TestActors(accounts, organization);
    }
}
