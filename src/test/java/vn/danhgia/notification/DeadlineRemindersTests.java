package vn.danhgia.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Reminders of the plan for quarter III/2026 on 22/06/2026, three days before it is due. Scheme AG-02-HD-TU-2026,
 * seed 002 §4 Bước 1: the plan is due "chậm nhất đến ngày 25 tháng cuối của quý trước", so 25/06/2026. E-mails go to an
 * SMTP server in the test (GreenMail). Cadres NB036 and NB037 have no plan; NB038 has submitted one. On H2 this class
 * has its own database; on PostgreSQL it shares it, so it only counts what reaches its own people.
 */
@DemoDataTest
@TestPropertySource(properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:reminders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "spring.mail.host=localhost"})
class DeadlineRemindersTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    DeadlineReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    MockMvc mvc;

    String khoa;
    String hanh;
    String hoa;

    @BeforeEach
    void threeCadresOneWithAPlan() {
        khoa = ReminderTestData.accountWithEmail(jdbc, "NB036", "nhachan.nb036");
        hanh = ReminderTestData.accountWithEmail(jdbc, "NB037", "nhachan.nb037");
        hoa = ReminderTestData.accountWithEmail(jdbc, "NB038", "nhachan.nb038");
        ReminderTestData.submittedPlan(jdbc, "NB038", 2026, 3);
        clock.setDate(LocalDate.of(2026, 6, 22));
    }

    @Test
    void threeDaysBeforeThePlanIsDueEachCadreWithoutAPlanGetsOneVietnameseMailAndRunningAgainSendsNothing()
            throws Exception {
        reminders.remind();

        List<MimeMessage> toKhoa = to(khoa);
        assertThat(toKhoa).hasSize(1);
        assertThat(to(hanh)).hasSize(1);
        assertThat(to(hoa)).as("NB038 submitted the plan").isEmpty();
        assertThat(toKhoa.get(0).getSubject())
                .isEqualTo("Nhắc hạn: gửi Kế hoạch công tác quý III/2026 chậm nhất ngày 25/06/2026");
        assertThat((String) toKhoa.get(0).getContent())
                .contains("Kính gửi đồng chí", "Kế hoạch công tác quý III/2026", "25/06/2026", "/plans");
        assertThat(ReminderTestData.notificationsOf(jdbc, khoa)).isEqualTo(1);
        assertThat(ReminderTestData.notificationsOf(jdbc, hoa)).isZero();
        int mails = SMTP.getReceivedMessages().length;

        ReminderRun again = reminders.remind();

        assertThat(again.notifications()).isZero();
        assertThat(again.mails()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(mails);
        assertThat(ReminderTestData.notificationsOf(jdbc, khoa)).isEqualTo(1);
        assertThat(ReminderTestData.notificationsOf(jdbc, hanh)).isEqualTo(1);
        // Everyone e-mailed got exactly one message.
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(DeadlineRemindersTests::recipient).distinct())
                .hasSize(mails);
    }

    @Test
    void fourDaysBeforeThePlanIsDueNobodyIsReminded() {
        clock.setDate(LocalDate.of(2026, 6, 21));

        assertThat(reminders.remind().notifications()).isZero();
    }

    @Test
    void thePersonReadsTheReminderOnTheNotificationsPageAndMarksItRead() throws Exception {
        reminders.remind();
        Actor khoaSignedIn = actors.account("nhachan.nb036");

        mvc.perform(get("/notifications").with(TestActors.as(khoaSignedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Nhắc hạn: gửi Kế hoạch công tác quý III/2026 chậm nhất ngày 25/06/2026.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"notification-badge\"")));
        mvc.perform(get("/api/v1/notifications").with(TestActors.as(khoaSignedIn)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].messageKey").value("notification.reminder.PLAN"))
                .andExpect(jsonPath("$[0].arguments[1]").value("25/06/2026"))
                .andExpect(jsonPath("$[0].read").value(false));
        long id = jdbc.sql("""
                        select n.id from notification n join user_account ua on ua.id = n.account_id
                        where ua.username = 'nhachan.nb036'""").query(Long.class).list().get(0);

        // Someone else cannot mark it: "not found", and it stays unread.
        mvc.perform(post("/notifications/{id}/read", id).with(csrf())
                        .with(TestActors.as(actors.account("nhachan.nb037"))))
                .andExpect(status().isNotFound());
        assertThat(readAt(id)).isNull();

        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(TestActors.as(khoaSignedIn)))
                .andExpect(status().is3xxRedirection());
        assertThat(readAt(id)).isNotNull();
        mvc.perform(get("/api/v1/notifications").with(TestActors.as(khoaSignedIn)))
                .andExpect(jsonPath("$[0].read").value(true));
    }

    private Object readAt(long id) {
        return jdbc.sql("select read_at from notification where id = :id").param("id", id)
                .query((rs, row) -> rs.getObject("read_at")).optional().orElse(null);
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> email.equals(recipient(message))).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
