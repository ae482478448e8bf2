package vn.danhgia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danhgia.DanhgiaApplication;
import vn.danhgia.support.MutableClock;

/**
 * Two instances of the application on one database (issue 4: "a reminder job fires once"): both call the reminder job
 * at the same moment, through the lock, and it runs in one of them. On 26/09/2026 the self-assessment of quarter
 * III/2026 is due in three days (scheme AG-02-HD-TU-2026, seed 002 Mẫu 03: "trước ngày 30 tháng cuối của mỗi quý", so
 * 29/09/2026). The instances are whole web applications (the web layer needs a servlet context), each on a free
 * port. On H2 the instances share a named in-memory database; on PostgreSQL the configured one.
 */
@Tag("persistence")
class ReminderJobOnTwoInstancesTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final String H2 = "jdbc:h2:mem:two-instances;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    /** Both instances' clocks on 26/09/2026. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ThreeDaysBeforeTheSelfAssessmentIsDue {

        @Bean
        @Primary
        MutableClock threeDaysBeforeClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(LocalDate.of(2026, 9, 26));
            return clock;
        }
    }

    @Test
    void bothInstancesTriggerTheJobAtOnceAndItRunsOnce() throws Exception {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", H2);
        List<ReminderRun> runs = new CopyOnWriteArrayList<>();
        try (ConfigurableApplicationContext first = start(url, runs);
             ConfigurableApplicationContext second = start(url, runs)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            String tien = ReminderTestData.accountWithEmail(jdbc, "NB039", "nhachan.nb039");
            String cadre40 = ReminderTestData.accountWithEmail(jdbc, "NB040", "nhachan.nb040");
            // A lock left by an earlier run on a shared server database must not hide this one.
            jdbc.sql("delete from shedlock where name = 'deadline-reminders'").update();

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> calls = List.of(first, second).stream()
                        .map(context -> context.getBean(ReminderJob.class))
                        .<Future<?>>map(job -> threads.submit(() -> {
                            together.await();
                            job.run();
                            return null;
                        }))
                        .toList();
                for (Future<?> call : calls) {
                    call.get();
                }
            } finally {
                threads.shutdown();
            }

            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).mails()).isPositive();
            assertThat(mailsTo(tien)).isEqualTo(1);
            assertThat(mailsTo(cadre40)).isEqualTo(1);
            assertThat(SMTP.getReceivedMessages()).hasSize(runs.get(0).mails());
            assertThat(jdbc.sql("select count(*) from shedlock where name = 'deadline-reminders'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url, List<ReminderRun> runs) {
        ApplicationListener<ApplicationEvent> recordRuns = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ReminderRun run) {
                runs.add(run);
            }
        };
        return new SpringApplicationBuilder(DanhgiaApplication.class, ThreeDaysBeforeTheSelfAssessmentIsDue.class)
                .web(WebApplicationType.SERVLET)
                .profiles("demo")
                .listeners(recordRuns)
                .run("--spring.datasource.url=" + url, "--spring.mail.host=localhost",
                        "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--danhgia.reminders.cron=-",
                        "--spring.jmx.enabled=false", "--server.port=0",
                        // The deadlines of this story are those of Hướng dẫn 02-HD/TU, not the demo's own plan.
                        "--danhgia.scheme.organisation-scheme=",
                        // Both instances share the tests' database: the demo's made-up history and emulation years
                        // must not land in it.
                        "--danhgia.demo.history.enabled=false", "--danhgia.demo.emulation.enabled=false");
    }

    private static long mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return email.equals(message.getRecipients(Message.RecipientType.TO)[0].toString());
            } catch (MessagingException failure) {
                throw new IllegalStateException(failure);
            }
        }).count();
    }
}
