package vn.danhgia.support;

import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.danhgia.DanhgiaApplication;

/**
 * The application as the board benchmarks start it: on the database {@code -Dbench.url} names (with
 * {@code -Dbench.user} and {@code -Dbench.password}), any free port, no reminders, the administrator's password given,
 * warnings only. Command-line arguments, so they win over the test classpath's config/application.yml (in-memory H2).
 */
public final class BenchApplication {

    private BenchApplication() {
    }

    public static ConfigurableApplicationContext start(String url, String adminPassword, Class<?>... moreSources) {
        Class<?>[] sources = Stream.concat(Stream.of(DanhgiaApplication.class), Stream.of(moreSources))
                .toArray(Class<?>[]::new);
        return new SpringApplicationBuilder(sources)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                        "--server.port=0", "--danhgia.admin.password=" + adminPassword, "--danhgia.reminders.cron=-",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }
}
