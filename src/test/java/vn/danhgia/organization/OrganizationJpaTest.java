package vn.danhgia.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * JPA slice with the organization module's services, on the configured database (H2 by default, PostgreSQL when
 * SPRING_DATASOURCE_URL points there), so the same tests check both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(OrganizationJpaTest.Services.class)
@interface OrganizationJpaTest {

    /** The services without the administrators' pages, which need the platform's audit trail and signed-in person. */
    @TestConfiguration
    @ComponentScan(basePackageClasses = OrganizationService.class, excludeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = "vn\\.danhgia\\.organization\\.(web\\..*|OrganizationAdministration)"))
    class Services {
    }
}
