package vn.danhgia.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a shared server database (the PostgreSQL pass of .ci/run), the first test context of the JVM wipes the schema
 * left by an earlier run before migrating; later contexts only migrate, so they never wipe data a cached context uses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "DANHGIA_TEST_CLEAN_DATABASE", havingValue = "true")
class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
