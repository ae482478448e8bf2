package vn.danhgia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.council.CouncilVoteClosed;
import vn.danhgia.decision.RatingDecided;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12, "a notification at every step": Mai (NB014, canbo) plans quarter I/2059 and assesses it; Phong (NB013,
 * truongphong), head of Phòng Kinh tế, receives, returns and approves; Hùng (NB006, tochuc) is the personnel office
 * serving the department. Each notice is in the app and, with an SMTP server (GreenMail), in a Vietnamese e-mail.
 * Years 2058–2059 only; on H2 this class has its own database.
 */
@DemoDataTest
@TestPropertySource(properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:step-notices;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "spring.mail.host=localhost"})
class StepNoticesTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static final Quarter Q1_2059 = new Quarter(2059, 1);

    @Autowired
    PlanningService planning;
    @Autowired
    SelfAssessmentService selfAssessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Actor mai;
    Actor phong;
    List<String> formerEmails;

    @BeforeEach
    void setUp() {
        clean();
        formerEmails = jdbc.sql("select coalesce(email, '') from user_account where username in "
                + "('canbo', 'truongphong', 'tochuc') order by username").query(String.class).list();
        for (String username : List.of("canbo", "truongphong", "tochuc")) {
            jdbc.sql("update user_account set email = :email where username = :username")
                    .param("email", username + ".buoc@danhgia.test").param("username", username).update();
        }
        mai = actors.account("canbo");
        phong = actors.account("truongphong");
        clock.setDate(LocalDate.of(2058, 12, 5));
    }

    @AfterEach
    void clean() {
        if (formerEmails != null) {
            List<String> usernames = List.of("canbo", "tochuc", "truongphong");
            for (int i = 0; i < usernames.size(); i++) {
                jdbc.sql("update user_account set email = nullif(:email, '') where username = :username")
                        .param("email", formerEmails.get(i)).param("username", usernames.get(i)).update();
            }
        }
        jdbc.sql("delete from notification where message_key like 'notification.step.%'").update();
        String assessments = "select id from self_assessment where period_year between 2058 and 2059";
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.sql("delete from " + table + " where assessment_id in (" + assessments + ")").update();
        }
        jdbc.sql("delete from self_assessment where period_year between 2058 and 2059").update();
        String plans = "select id from work_plan where plan_year between 2058 and 2059";
        for (String table : List.of("work_plan_task", "work_plan_axis", "work_plan_amendment")) {
            jdbc.sql("delete from " + table + " where plan_id in (" + plans + ")").update();
        }
        jdbc.sql("delete from work_plan where plan_year between 2058 and 2059").update();
    }

    @Test
    void aPlanSubmittedReturnedAndApprovedTellsTheHeadThenTheCadreInTheAppAndByMail() throws Exception {
        WorkPlanView submitted = TestActors.runAs(mai, () -> {
            WorkPlanView opened = planning.open(Q1_2059);
            WorkPlanView saved = planning.saveDraft(opened.id(), opened.version(), new PlanDraft(
                    Map.of(1, new BigDecimal("70"), 2, BigDecimal.ZERO, 3, BigDecimal.ZERO,
                            4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO),
                    List.of(new PlanTaskInput(1, null, "Tham mưu báo cáo kinh tế - xã hội quý I", "Báo cáo",
                            BigDecimal.ONE, BigDecimal.ONE, null))));
            return planning.submit(saved.id(), saved.version());
        });

        // Seed 002 §4 Bước 1: the plan goes to the unit's leadership.
        assertThat(notices("truongphong", "PLAN_SUBMITTED")).containsExactly("/plans/" + submitted.id());
        MimeMessage toPhong = only("truongphong.buoc@danhgia.test");
        assertThat(toPhong.getSubject()).isEqualTo("Kế hoạch công tác quý I/2059 của đồng chí Lương Thị Mai chờ phê duyệt");
        assertThat((String) toPhong.getContent()).contains("Kính gửi đồng chí", "/plans/" + submitted.id());
        assertThat(notices("canbo", "PLAN_SUBMITTED")).isEmpty();

        clock.advance(Duration.ofHours(1));
        WorkPlanView returned = TestActors.runAs(phong, () -> planning.returnForRevision(submitted.id(),
                submitted.version(), "Bổ sung nhiệm vụ trục 2"));
        assertThat(notices("canbo", "PLAN_RETURNED")).containsExactly("/plans/" + submitted.id());
        assertThat(only("canbo.buoc@danhgia.test").getSubject())
                .isEqualTo("Kế hoạch công tác quý I/2059 bị trả lại để chỉnh sửa");

        clock.advance(Duration.ofHours(1));
        WorkPlanView again = TestActors.runAs(mai, () -> planning.submit(returned.id(), returned.version()));
        assertThat(notices("truongphong", "PLAN_SUBMITTED")).hasSize(2);
        clock.advance(Duration.ofHours(1));
        TestActors.runAs(phong, () -> planning.approve(again.id(), again.version(), null));
        assertThat(notices("canbo", "PLAN_APPROVED")).containsExactly("/plans/" + submitted.id());
        assertThat(to("canbo.buoc@danhgia.test")).extracting(StepNoticesTests::subject)
                .contains("Kế hoạch công tác quý I/2059 đã được phê duyệt");
    }

    @Test
    void aSelfAssessmentSubmittedAndReturnedTellsTheHeadThenTheCadre() throws Exception {
        SelfAssessmentView submitted = submittedByMai();

        String link = "/assessment/self-assessments/" + submitted.id();
        assertThat(notices("truongphong", "SELF_ASSESSMENT_SUBMITTED")).containsExactly(link);
        assertThat(only("truongphong.buoc@danhgia.test").getSubject())
                .isEqualTo("Bản tự đánh giá quý I/2059 của đồng chí Lương Thị Mai đã được gửi");

        clock.advance(Duration.ofHours(2));
        TestActors.runAs(phong, () -> selfAssessments.returnForRevision(submitted.id(), submitted.version(),
                "Ghi rõ số văn bản minh chứng"));
        assertThat(notices("canbo", "SELF_ASSESSMENT_RETURNED")).containsExactly(link);
        MimeMessage toMai = only("canbo.buoc@danhgia.test");
        assertThat(toMai.getSubject()).isEqualTo("Bản tự đánh giá quý I/2059 bị trả lại để sửa");
        assertThat((String) toMai.getContent()).contains("Ghi rõ số văn bản minh chứng", link);
    }

    /** The notice is stored in the return's own transaction: a note as long as the sheet allows must not refuse it. */
    @Test
    void aReturnWithTheLongestNoteIsKeptAndItsNoticeCarriesTheNotesBeginning() throws Exception {
        SelfAssessmentView submitted = submittedByMai();
        String note = "Bổ sung minh chứng. ".repeat(100);

        TestActors.runAs(phong, () -> selfAssessments.returnForRevision(submitted.id(), submitted.version(), note));

        assertThat(jdbc.sql("select status from self_assessment where id = :id").param("id", submitted.id())
                .query(String.class).single()).isEqualTo("RETURNED");
        String arguments = jdbc.sql("select n.arguments from notification n join user_account a on a.id = n.account_id"
                        + " where a.username = 'canbo' and n.message_key = :key")
                .param("key", StepNotices.KEY + "SELF_ASSESSMENT_RETURNED").query(String.class).single();
        assertThat(arguments).contains(note.substring(0, StepNotices.NOTE_IN_NOTICE - 1) + "…")
                .doesNotContain(note);
    }

    @Test
    void aClosedVoteAndADecidedRatingTellThePersonnelOfficeOnlyOnceCommitted() {
        long unit = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
        long maiId = organization.cadreByCode("NB014").orElseThrow().id().value();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new RatingDecided(-1, maiId, unit, new Quarter(2058, 3)));
            status.setRollbackOnly();
        });
        assertThat(notices("tochuc", "RATING_DECIDED")).as("a rolled-back decision tells nobody").isEmpty();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CouncilVoteClosed(-1, -2, unit, new Quarter(2058, 3)));
            events.publishEvent(new RatingDecided(-1, maiId, unit, new Quarter(2058, 3)));
        });
        assertThat(notices("tochuc", "VOTE_CLOSED")).containsExactly("/review/councils/-2");
        assertThat(notices("tochuc", "RATING_DECIDED")).containsExactly("/review/announcements/" + unit + "/2058/3");
        assertThat(notices("canbo", "RATING_DECIDED")).as("the cadre learns the level when announced").isEmpty();
        assertThat(to("tochuc.buoc@danhgia.test")).extracting(StepNoticesTests::subject)
                .contains("Đã quyết định xếp loại quý III/2058 của đồng chí Lương Thị Mai");
    }

    private SelfAssessmentView submittedByMai() {
        approvedPlanOfMai();
        clock.setDate(LocalDate.of(2059, 3, 20));
        return TestActors.runAs(mai, () -> {
            SelfAssessmentView opened = selfAssessments.open(Q1_2059);
            List<SelfAssessmentContent.TaskEntry> tasks = new ArrayList<>();
            for (SelfAssessmentView.TaskView task : opened.tasks()) {
                tasks.add(new SelfAssessmentContent.TaskEntry(task.id(), null, null, null, null, BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "Báo cáo số 12/BC-KT"));
            }
            SelfAssessmentView saved = selfAssessments.save(opened.id(), opened.version(),
                    new SelfAssessmentContent(null, null, tasks, "COMPLETED", null));
            return selfAssessments.submit(saved.id(), saved.version());
        });
    }

    private void approvedPlanOfMai() {
        WorkPlanView submitted = TestActors.runAs(mai, () -> {
            WorkPlanView opened = planning.open(Q1_2059);
            WorkPlanView saved = planning.saveDraft(opened.id(), opened.version(), new PlanDraft(
                    Map.of(1, new BigDecimal("70"), 2, BigDecimal.ZERO, 3, BigDecimal.ZERO,
                            4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO),
                    List.of(new PlanTaskInput(1, null, "Tham mưu báo cáo kinh tế - xã hội quý I", "Báo cáo",
                            BigDecimal.ONE, BigDecimal.ONE, null))));
            return planning.submit(saved.id(), saved.version());
        });
        TestActors.runAs(phong, () -> planning.approve(submitted.id(), submitted.version(), null));
    }

    /** The links of the person's notices of the step. */
    private List<String> notices(String username, String step) {
        return jdbc.sql("""
                        select n.link from notification n join user_account ua on ua.id = n.account_id
                        where ua.username = :username and n.message_key = :key order by n.id""")
                .param("username", username).param("key", StepNotices.KEY + step).query(String.class).list();
    }

    /** The one message to the address since the last call, which it consumes. */
    private MimeMessage only(String email) throws Exception {
        List<MimeMessage> received = to(email);
        assertThat(received).isNotEmpty();
        MimeMessage last = received.get(received.size() - 1);
        SMTP.purgeEmailFromAllMailboxes();
        return last;
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> email.equals(recipient(message))).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
