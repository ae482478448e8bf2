package vn.danhgia.reporting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.danhgia.DanhgiaApplication;

/**
 * One application node of the harness: the whole application in a Spring context of its own, on its own port, on
 * the shared database. Its clock runs {@code shift} ahead (or behind) so that the application's today is the
 * deadline day of the quarter under load, whatever the date of the run.
 */
final class DeadlineDayNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String name;

    private DeadlineDayNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static DeadlineDayNode start(String name, String url, String user, String password, Duration shift,
                                 List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--server.port=0", "--danhgia.reminders.cron=-", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--danhgia.data-dir=target/bench-deadline/" + name));
        arguments.addAll(extraArguments);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DanhgiaApplication.class)
                .initializers(app -> app.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String beanName) {
                        return bean instanceof Clock clock ? Clock.offset(clock, shift) : bean;
                    }
                }))
                .run(arguments.toArray(String[]::new));
        return new DeadlineDayNode(name, context);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    String name() {
        return name;
    }

    String base() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    boolean running() {
        return context.isActive();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}
