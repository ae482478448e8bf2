package vn.danhgia.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.danhgia.DanhgiaApplication;

/**
 * A second installation of the application in the same JVM, for tests of what goes from one installation to another:
 * the demo organisation on its own in-memory H2 database (whatever database the tests' own context uses), with a
 * {@link MutableClock} and {@link TestActors}, on a random port, without reminders or the demo's made-up history. The
 * settings are passed as command-line arguments so that they win over the SPRING_DATASOURCE_* variables of a
 * PostgreSQL test run.
 */
public final class SeparateInstance {

    private SeparateInstance() {
    }

    /** Starts the installation on the H2 database named {@code database}; close the context when done. */
    public static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(DanhgiaApplication.class, DemoTestConfiguration.class)
                .profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--DANHGIA_TEST_CLEAN_DATABASE=false",
                        "--server.port=0", "--danhgia.reminders.cron=-", "--spring.jmx.enabled=false",
                        "--danhgia.demo.history.enabled=false", "--danhgia.demo.annual.enabled=false");
    }

    /**
     * Starts one application node of an installation whose nodes share the database at {@code databaseUrl}, with its
     * own data directory {@code dataDir}, the settings of {@link DemoDataTest} and any further {@code --key=value}
     * settings (such as those of a shared object store); close the context when done. The database's user and password
     * come from the usual settings (SPRING_DATASOURCE_* on PostgreSQL).
     */
    public static ConfigurableApplicationContext startNode(String databaseUrl, Path dataDir, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + databaseUrl,
                "--danhgia.data-dir=" + dataDir,
                "--server.port=0", "--danhgia.reminders.cron=-", "--spring.jmx.enabled=false",
                "--danhgia.demo.history.enabled=false", "--danhgia.demo.annual.enabled=false",
                "--danhgia.demo.emulation.enabled=false", "--danhgia.scheme.organisation-scheme="));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(DanhgiaApplication.class, DemoTestConfiguration.class)
                .profiles("demo")
                .run(arguments.toArray(String[]::new));
    }
}
