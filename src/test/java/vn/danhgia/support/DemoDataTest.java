package vn.danhgia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application on the demo organisation (Văn phòng UBND tỉnh Ninh Bình, demo accounts) with a {@link MutableClock}
 * and {@link TestActors}. Every test class with this annotation shares one application context and one database, so
 * tests must create their own records (plans, assessments) for cadres or quarters no other test uses, or clean up.
 * On H2 the database is its own in-memory one; on PostgreSQL (.ci/run) the configured server database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:demo-journeys;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        // The tests rate the demo quarters themselves; the demo's made-up history would stand in their way.
        "danhgia.demo.history.enabled=false",
        // Nor the annual year half-way (issue 13 §8): the tests review their own years.
        "danhgia.demo.annual.enabled=false",
        // Nor the emulation history (issue 14 §7): the tests enter their own years' titles.
        "danhgia.demo.emulation.enabled=false",
        // The tests' quarters (any quarter of their years, points bands) are rated under the default scheme, Hướng dẫn
        // 02-HD/TU; OrganisationSchemeTests checks that the demo itself runs under the Ninh Bình office's plan.
        "danhgia.scheme.organisation-scheme="})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(DemoTestConfiguration.class)
public @interface DemoDataTest {
}
