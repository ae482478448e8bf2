package vn.danhgia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the running application in headless Chromium: the demo organisation on a real port, its own
 * in-memory database, the {@link MutableClock}, and a {@link Browser} to autowire. Tagged "browser": the build runs
 * these only where /usr/bin/chromium exists (profile browser-tests in pom.xml), and there a failure fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:browser-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                // The journeys rate the demo quarters themselves; the demo's made-up history would stand in their way.
                "danhgia.demo.history.enabled=false", "danhgia.demo.annual.enabled=false",
                "danhgia.demo.emulation.enabled=false"})
@ActiveProfiles("demo")
@Import({DemoTestConfiguration.class, Browser.class})
public @interface BrowserTest {
}
