package vn.danhgia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.dossier.AnnualDossierService;
import vn.danhgia.annual.dossier.SubjectRef;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Reminders of the annual calendar of Văn phòng UBND tỉnh Ninh Bình in 2100 (seed 003 §2.1 a: bản kiểm điểm "xong
 * trước ngày 13/12", so the 12th is the last day; §2.3: dossiers to Sở Nội vụ "trong ngày 15/12"), three days ahead.
 * Only the notifications of 2100 are counted: other classes share the database.
 */
@DemoDataTest
class AnnualRemindersTests {

    static final int YEAR = 2100;

    @Autowired
    AnnualReminders reminders;
    @Autowired
    AnnualDossierService dossiers;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Actor mai;
    Actor hung;

    @BeforeEach
    void setUp() {
        clean();
        mai = actors.account("canbo");
        hung = actors.account("tochuc");
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from notification where dedup_key like 'ANNUAL:%:" + YEAR + ":%'");
        jdbc.update("delete from annual_dossier_entry where dossier_id in"
                + " (select id from annual_dossier where period_year = ?)", YEAR);
        jdbc.update("delete from annual_dossier where period_year = ?", YEAR);
    }

    List<String> remindedKeys(Actor actor) {
        return jdbc.queryForList("select message_key from notification where account_id = ? and dedup_key like ?",
                String.class, actor.accountId(), "ANNUAL:NB-VP-UBND-ANNUAL:%:" + YEAR + ":%");
    }

    @Test
    void nothingIsRemindedMoreThanThreeDaysAhead() {
        clock.setDate(LocalDate.of(YEAR, 12, 8));
        reminders.remind();
        assertThat(remindedKeys(mai)).isEmpty();
        assertThat(remindedKeys(hung)).isEmpty();
    }

    @Test
    void theSelfReviewIsRemindedToWhoHasNotUploadedItOnceADay() {
        clock.setDate(LocalDate.of(YEAR, 12, 9));

        reminders.remind();
        reminders.remind();

        assertThat(remindedKeys(mai)).containsExactly("notification.reminder.annual.SELF_REVIEW");
        assertThat(jdbc.queryForObject("select arguments from notification where account_id = ? and dedup_key like ?",
                String.class, mai.accountId(), "ANNUAL:%:" + YEAR + ":%")).startsWith("2100\n12/12/2100\n");

        SubjectRef own = SubjectRef.cadre(mai.cadreId().orElseThrow());
        TestActors.runAs(mai, () -> dossiers.upload(own, YEAR, AnnualDossierItem.SELF_REVIEW, "Bản kiểm điểm.pdf",
                new ByteArrayInputStream("%PDF-1.7\nkiểm điểm\n%%EOF".getBytes(StandardCharsets.UTF_8))));
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        reminders.remind();

        assertThat(remindedKeys(mai)).containsExactly("notification.reminder.annual.SELF_REVIEW");
    }

    @Test
    void theDossierStepsRemindThePersonnelOfficerServingTheUnits() {
        // 13/12 is the departments' day (§2.2 c) and within three days of the 15th (§2.3).
        clock.setDate(LocalDate.of(YEAR, 12, 13));

        reminders.remind();

        long kinhTe = organization.unitByCode("VPUB-NB.KT").orElseThrow().id().value();
        assertThat(remindedKeys(hung)).contains("notification.reminder.annual.UNIT_DOSSIERS",
                "notification.reminder.annual.DOSSIERS_UPWARD");
        assertThat(jdbc.queryForList("select link from notification where account_id = ? and dedup_key like ?",
                String.class, hung.accountId(), "ANNUAL:%:DOSSIERS_UPWARD:" + YEAR + ":%"))
                .contains("/annual/dossiers?unit=" + kinhTe + "&year=" + YEAR);
        // Seed 004's ward calendar applies to the ward (V68), not to the office: the office's officer gets none of it.
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and dedup_key like ?",
                Long.class, hung.accountId(), "ANNUAL:DU-PHUONG-79-KH:%")).isZero();
    }
}
