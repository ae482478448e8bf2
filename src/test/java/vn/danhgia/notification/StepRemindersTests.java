package vn.danhgia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;

/**
 * Reminders of the steps after the self-assessment: appraisal, council vote, decision, report and report upwards, each
 * to the people who still have work for it, by e-mail (GreenMail) and in the app, once a day.
 * <p>
 * The vote and the decision are due "trước ngày 18 tháng cuối quý" (seed 000 §III.4), so by 17/06/2035 for quarter
 * II/2035 under NB-VP-UBND-2026, which these tests make the scheme in force for the year 2035 only. No shipped scheme
 * sets an appraisal deadline; the appraisal test adds one ("trước ngày 16", so 15/06/2035) and takes it away after. The
 * report is due "trước ngày 30 tháng cuối của mỗi quý" and the report upwards "trước ngày 05 tháng đầu quý tiếp theo"
 * (seed 002 §4 Bước 5) under AG-02-HD-TU-2026, the default scheme: 29/09/2035 and 04/10/2035 for quarter III/2035.
 * <p>
 * Data of the year 2035 only; on H2 this class has its own database, on PostgreSQL it cleans the year before each test
 * and takes back the roles it gave.
 */
@DemoDataTest
@TestPropertySource(properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:step-reminders;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "spring.mail.host=localhost"})
class StepRemindersTests {

    private static final int YEAR = 2035;

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

    private final List<String[]> grantedRoles = new ArrayList<>();

    @BeforeEach
    void anEmptyYearAndMailbox() throws Exception {
        ReminderTestData.forgetYear(jdbc, YEAR);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void giveBackRolesAndSchemes() {
        grantedRoles.forEach(granted -> ReminderTestData.revokeRole(jdbc, granted[0], granted[1]));
        jdbc.sql("update evaluation_scheme set default_scheme = (code = 'AG-02-HD-TU-2026') where code in "
                + "('AG-02-HD-TU-2026', 'NB-VP-UBND-2026')").update();
        jdbc.sql("""
                        delete from scheme_deadline where step = 'APPRAISAL'
                          and scheme_id = (select id from evaluation_scheme where code = 'NB-VP-UBND-2026')""")
                .update();
        ReminderTestData.forgetYear(jdbc, YEAR);
    }

    @Test
    void personnelOfficersServingAUnitWithAnUnappraisedSelfAssessmentAreRemindedOnce() throws Exception {
        ninhBinhSchemeInForceFor2035();
        jdbc.sql("""
                        insert into scheme_deadline (scheme_id, step, relative_month, day_of_month, inclusive)
                        select id, 'APPRAISAL', 'QUARTER_LAST_MONTH', 16, false from evaluation_scheme
                        where code = 'NB-VP-UBND-2026'""").update();
        // Nguyễn Thị Lan Anh (NB007) works in Phòng Hành chính – Tổ chức, which serves the office and its Đảng ủy.
        String lanAnh = person("NB007", "PERSONNEL_OFFICER");
        // Vũ Thị Hải Yến (NB009) has the role but her post is in the party cell, which serves no unit.
        String haiYen = person("NB009", "PERSONNEL_OFFICER");
        // Ngô Xuân Trường (NB008) works in the same office without the role.
        String xuanTruong = ReminderTestData.accountWithEmail(jdbc, "NB008", "nhachan.nb008");
        long mai = ReminderTestData.selfAssessment(jdbc, "NB014", "VPUB-NB.KT", YEAR, 2, "SUBMITTED");
        ReminderTestData.appraisal(jdbc, mai, "DRAFT");
        long phong = ReminderTestData.selfAssessment(jdbc, "NB013", "VPUB-NB.KT", YEAR, 2, "SUBMITTED");
        ReminderTestData.appraisal(jdbc, phong, "COMPLETED");
        ReminderTestData.selfAssessment(jdbc, "NB015", "VPUB-NB.KT", YEAR, 2, "DRAFT");
        clock.setDate(LocalDate.of(YEAR, 6, 14));

        reminders.remind();

        List<MimeMessage> toLanAnh = mails(lanAnh, "thẩm định");
        assertThat(toLanAnh).hasSize(1);
        assertThat(toLanAnh.get(0).getSubject())
                .isEqualTo("Nhắc hạn: thẩm định Phiếu tự đánh giá quý II/2035 chậm nhất ngày 15/06/2035");
        assertThat(body(toLanAnh.get(0))).contains("Kính gửi đồng chí Nguyễn Thị Lan Anh", "/review/appraisals");
        assertThat(mails(haiYen, "thẩm định")).isEmpty();
        assertThat(mails(xuanTruong, "thẩm định")).isEmpty();
        assertThat(reminded("APPRAISAL", "tochuc")).as("Lê Văn Hùng heads the same office").isEqualTo(1);
        assertThat(reminded("APPRAISAL", "canbo")).isZero();
        assertThat(linkOf("APPRAISAL", lanAnh)).isEqualTo("/review/appraisals");

        assertThat(runAgain("APPRAISAL")).as("nothing new on a second run").isZero();

        ReminderTestData.completeAppraisal(jdbc, mai);
        clock.setDate(LocalDate.of(YEAR, 6, 15));
        reminders.remind();
        assertThat(remindersOn("APPRAISAL", LocalDate.of(YEAR, 6, 15))).as("all appraised").isZero();
    }

    @Test
    void membersOfEachCouncilWhoseVoteIsNotClosedAreRemindedOncePerCouncil() throws Exception {
        ninhBinhSchemeInForceFor2035();
        String thao = person("NB016", null);
        String trung = person("NB017", null);
        String thanh = person("NB026", null);
        String dung = person("NB020", null);
        long khoaGiao = ReminderTestData.council(jdbc, "VPUB-NB.KGVX", YEAR, 2, "NB016", "NB017");
        ReminderTestData.vote(jdbc, khoaGiao, "OPEN");
        long kiemSoat = ReminderTestData.council(jdbc, "VPUB-NB.KSTT", YEAR, 2, "NB023", "NB016");
        long tiepDan = ReminderTestData.council(jdbc, "VPUB-NB.BTCD", YEAR, 2, "NB026", "NB027");
        ReminderTestData.vote(jdbc, tiepDan, "CLOSED");
        ReminderTestData.council(jdbc, "VPUB-NB.NC", YEAR, 3, "NB020", "NB021");
        clock.setDate(LocalDate.of(YEAR, 6, 14));

        reminders.remind();

        List<MimeMessage> toThao = mails(thao, "bỏ phiếu");
        assertThat(toThao).as("Mai Thị Phương Thảo sits on two councils").hasSize(2);
        assertThat(toThao.get(0).getSubject())
                .isEqualTo("Nhắc hạn: bỏ phiếu biểu quyết xếp loại quý II/2035 chậm nhất ngày 17/06/2035");
        assertThat(toThao.stream().map(StepRemindersTests::body))
                .anyMatch(text -> text.contains("/review/councils/" + khoaGiao))
                .anyMatch(text -> text.contains("/review/councils/" + kiemSoat));
        assertThat(mails(trung, "bỏ phiếu")).hasSize(1);
        assertThat(mails(thanh, "bỏ phiếu")).as("the vote of Ban Tiếp công dân is closed").isEmpty();
        assertThat(mails(dung, "bỏ phiếu")).as("quarter III is not due").isEmpty();

        assertThat(runAgain("VOTE")).isZero();
    }

    @Test
    void authoritiesThatDecideForAnAppraisedCadreWithoutADecidedRatingAreRemindedOnce() throws Exception {
        ninhBinhSchemeInForceFor2035();
        // Hoàng Thị Minh Nguyệt (NB005), Phó Chánh Văn phòng, sits in the office's leadership, which with the Đảng ủy
        // decides for the heads of divisions and centres (seed 000 §III.1.1).
        String nguyet = person("NB005", "AUTHORITY");
        // Mai Thị Phương Thảo (NB016) heads Phòng Khoa giáo – Văn xã, which decides only for its deputies (§III.1.2).
        String thao = person("NB016", "AUTHORITY");
        long thinh = ReminderTestData.selfAssessment(jdbc, "NB036", "VPUB-NB.NK", YEAR, 2, "SUBMITTED");
        ReminderTestData.appraisal(jdbc, thinh, "COMPLETED");
        ReminderTestData.rating(jdbc, thinh, "PROPOSED");
        long phong = ReminderTestData.selfAssessment(jdbc, "NB013", "VPUB-NB.KT", YEAR, 2, "SUBMITTED");
        ReminderTestData.appraisal(jdbc, phong, "COMPLETED");
        ReminderTestData.rating(jdbc, phong, "DECIDED");
        long trung = ReminderTestData.selfAssessment(jdbc, "NB017", "VPUB-NB.KGVX", YEAR, 2, "SUBMITTED");
        ReminderTestData.appraisal(jdbc, trung, "DRAFT");
        clock.setDate(LocalDate.of(YEAR, 6, 14));

        reminders.remind();

        List<MimeMessage> toNguyet = mails(nguyet, "quyết định");
        assertThat(toNguyet).hasSize(1);
        assertThat(toNguyet.get(0).getSubject())
                .isEqualTo("Nhắc hạn: quyết định xếp loại chất lượng quý II/2035 chậm nhất ngày 17/06/2035");
        assertThat(body(toNguyet.get(0))).contains("/review/decisions");
        assertThat(reminded("DECISION", "thamquyen")).as("Đinh Quang Thắng heads the office and the Đảng ủy")
                .isEqualTo(1);
        assertThat(mails(thao, "quyết định")).as("her deputy's appraisal is not done").isEmpty();
        assertThat(reminded("DECISION", "truongphong")).as("his own rating is not his to decide, and no deputy of"
                + " his is appraised").isZero();

        assertThat(runAgain("DECISION")).isZero();

        ReminderTestData.announce(jdbc, thinh);
        clock.setDate(LocalDate.of(YEAR, 6, 15));
        reminders.remind();
        assertThat(remindersOn("DECISION", LocalDate.of(YEAR, 6, 15))).as("all decided").isZero();
    }

    @Test
    void personnelOfficersAreRemindedOfTheReportsWhileARatingIsNotAnnounced() throws Exception {
        String lanAnh = person("NB007", "PERSONNEL_OFFICER");
        long thinh = ReminderTestData.selfAssessment(jdbc, "NB036", "VPUB-NB.NK", YEAR, 3, "SUBMITTED");
        ReminderTestData.rating(jdbc, thinh, "DECIDED");
        long phong = ReminderTestData.selfAssessment(jdbc, "NB013", "VPUB-NB.KT", YEAR, 3, "SUBMITTED");
        ReminderTestData.rating(jdbc, phong, "ANNOUNCED");
        clock.setDate(LocalDate.of(YEAR, 9, 26));

        reminders.remind();

        List<MimeMessage> report = mails(lanAnh, "Nhắc hạn: báo cáo kết quả xếp loại");
        assertThat(report).hasSize(1);
        assertThat(report.get(0).getSubject())
                .isEqualTo("Nhắc hạn: báo cáo kết quả xếp loại quý III/2035 chậm nhất ngày 29/09/2035");
        assertThat(body(report.get(0))).contains("/progress");
        assertThat(reminded("REPORT_UPWARD", "tochuc")).as("due 04/10/2035, more than three days ahead").isZero();
        assertThat(runAgain("REPORT")).isZero();

        clock.setDate(LocalDate.of(YEAR, 10, 1));
        reminders.remind();
        assertThat(mails(lanAnh, "lên cấp trên")).extracting(MimeMessage::getSubject)
                .containsExactly("Nhắc hạn: báo cáo kết quả xếp loại quý III/2035 lên cấp trên chậm nhất ngày "
                        + "04/10/2035");

        ReminderTestData.announce(jdbc, thinh);
        clock.setDate(LocalDate.of(YEAR, 10, 2));
        reminders.remind();
        assertThat(remindersOn("REPORT_UPWARD", LocalDate.of(YEAR, 10, 2))).as("all announced").isZero();
    }

    @Test
    @DisplayName("Seed 002 §7 d), §3.3: a quarter deferred or a year exempt asks no self-assessment, decision or report")
    void aDeferredQuarterOrAnExemptYearAsksNothingMoreOfAnyone() throws Exception {
        String lanAnh = person("NB007", "PERSONNEL_OFFICER");
        ReminderTestData.selfAssessment(jdbc, "NB036", "VPUB-NB.NK", YEAR, 3, "SUBMITTED");
        ReminderTestData.selfAssessment(jdbc, "NB013", "VPUB-NB.KT", YEAR, 3, "SUBMITTED");
        ReminderTestData.defer(jdbc, "NB036", YEAR, 3);
        ReminderTestData.exempt(jdbc, "NB013", YEAR);
        clock.setDate(LocalDate.of(YEAR, 9, 26));

        reminders.remind();

        assertThat(mails(lanAnh, "Nhắc hạn: báo cáo kết quả xếp loại")).isEmpty();
        assertThat(reminded("REPORT", "tochuc")).isZero();
    }

    private void ninhBinhSchemeInForceFor2035() {
        jdbc.sql("update evaluation_scheme set default_scheme = (code = 'NB-VP-UBND-2026') where code in "
                + "('AG-02-HD-TU-2026', 'NB-VP-UBND-2026')").update();
    }

    /** An account with an e-mail address for the cadre and, if named, a role (taken back after the test). */
    private String person(String cadreCode, String role) {
        String email = ReminderTestData.accountWithEmail(jdbc, cadreCode, "nhachan." + cadreCode.toLowerCase());
        if (role != null && ReminderTestData.grantRole(jdbc, cadreCode, role)) {
            grantedRoles.add(new String[] {cadreCode, role});
        }
        return email;
    }

    /** Runs the reminders again on the same day and counts the step's reminders that run stored. */
    private long runAgain(String step) {
        long before = remindersOn(step, LocalDate.now(clock));
        int mails = SMTP.getReceivedMessages().length;
        reminders.remind();
        assertThat(SMTP.getReceivedMessages()).hasSize(mails);
        return remindersOn(step, LocalDate.now(clock)) - before;
    }

    private long remindersOn(String step, LocalDate day) {
        return jdbc.sql("select count(*) from notification where dedup_key like :step and dedup_key like :day")
                .param("step", step + ":" + YEAR + "-%").param("day", "%:" + day).query(Long.class).single();
    }

    private long reminded(String step, String username) {
        return jdbc.sql("""
                        select count(*) from notification n join user_account ua on ua.id = n.account_id
                        where ua.username = :username and n.message_key = :key and n.dedup_key like :year""")
                .param("username", username).param("key", "notification.reminder." + step)
                .param("year", "%:" + YEAR + "-%").query(Long.class).single();
    }

    private String linkOf(String step, String email) {
        return jdbc.sql("""
                        select n.link from notification n join user_account ua on ua.id = n.account_id
                        where ua.email = :email and n.message_key = :key""")
                .param("email", email).param("key", "notification.reminder." + step).query(String.class).single();
    }

    private static List<MimeMessage> mails(String to, String subjectPart) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (to.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())
                    && message.getSubject().contains(subjectPart)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
