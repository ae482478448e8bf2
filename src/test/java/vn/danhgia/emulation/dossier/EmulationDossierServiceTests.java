package vn.danhgia.emulation.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.EmulationReviewRows;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's proposal dossiers of 2152–2154 (seed 003 §IV: "Hồ sơ … của các đơn vị gửi về Phòng Hành chính tổ
 * chức - Quản trị tài vụ trong ngày 15/12"): Trịnh Đình Phong (truongphong, its head) sends them, Lê Văn Hùng
 * (tochuc, Phòng Hành chính – Tổ chức, serving the office) receives and returns them, Lương Thị Mai (canbo) is one of
 * its people and keeps no dossier.
 */
@DemoDataTest
class EmulationDossierServiceTests {

    static final String KINH_TE = "VPUB-NB.KT";

    @Autowired
    EmulationDossierService dossiers;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationQueries organization;

    EmulationReviewRows rows;
    Actor phong;
    Actor hung;
    Actor mai;
    long kinhTe;

    @BeforeEach
    void setUp() {
        rows = new EmulationReviewRows(jdbc, organization);
        clean();
        phong = actors.account("truongphong");
        hung = actors.account("tochuc");
        mai = actors.account("canbo");
        kinhTe = rows.unit(KINH_TE);
    }

    @AfterEach
    void clean() {
        rows.clean(2152, 2153);
    }

    long closedReview(int year) {
        long review = rows.closedReview(KINH_TE, year, 7, "Trịnh Đình Phong", "Lương Thị Mai", "Biểu quyết kín.");
        rows.nominate(review, "NB014", "GRASSROOTS_EMULATION_FIGHTER", true, 6, 1, "CHOSEN");
        return review;
    }

    @Test
    void sentOnTheFifteenthOfDecemberIsInTimeAndOnTheSixteenthIsLate() {
        // Seed 003 §IV "trong ngày 15/12": the 15th itself is still in time (calendar NB-VP-UBND-ANNUAL).
        closedReview(2152);
        closedReview(2153);
        clock.setDate(LocalDate.of(2152, 12, 15));
        UnitDossierView inTime = TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null));
        clock.setDate(LocalDate.of(2153, 12, 16));
        UnitDossierView late = TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2153, null));

        assertThat(inTime.deadline()).isEqualTo(LocalDate.of(2152, 12, 15));
        assertThat(inTime.status()).isEqualTo(EmulationDossierStatus.SENT);
        assertThat(inTime.late()).isFalse();
        assertThat(inTime.sentBy()).isEqualTo("truongphong");
        assertThat(late.status()).isEqualTo(EmulationDossierStatus.SENT);
        assertThat(late.late()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMULATION_DOSSIER_SENT'"
                + " and record_id in (select id from emulation_dossier where dossier_year in (2152, 2153))")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDossierIsPreparedOnlyFromAClosedReview() {
        clock.setDate(LocalDate.of(2152, 12, 10));
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.refused.review-not-closed"));
        long review = rows.openReview(KINH_TE, 2152);
        assertThat(TestActors.runAs(phong, () -> dossiers.dossier(kinhTe, 2152))).satisfies(view -> {
            assertThat(view.review()).isEqualTo("OPEN");
            assertThat(view.maySend()).isFalse();
        });
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null)))
                .isInstanceOf(RuleRefusedException.class);

        rows.close(review);

        UnitDossierView draft = TestActors.runAs(phong, () -> dossiers.dossier(kinhTe, 2152));
        assertThat(draft.maySend()).isTrue();
        assertThat(draft.statusKey()).isEqualTo("emulationdossier.status.DRAFT");
        assertThat(TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null)).status())
                .isEqualTo(EmulationDossierStatus.SENT);
        // Sent once; a second sending is refused until the office returns it.
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.refused.not-sendable"));
    }

    @Test
    void theOfficeReturnsTheDossierWithAReasonAndTheUnitSendsItAgain() {
        closedReview(2152);
        clock.setDate(LocalDate.of(2152, 12, 14));
        UnitDossierView sent = TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null));
        assertThat(TestActors.runAs(hung, () -> dossiers.dossier(kinhTe, 2152)).mayReturn()).isTrue();

        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.returnForRevision(kinhTe, 2152, "  ",
                sent.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("reason emulationdossier.reason.required"));
        UnitDossierView returned = TestActors.runAs(hung, () -> dossiers.returnForRevision(kinhTe, 2152,
                "Thiếu báo cáo thành tích của Lương Thị Mai", sent.version()));

        assertThat(returned.status()).isEqualTo(EmulationDossierStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Thiếu báo cáo thành tích của Lương Thị Mai");
        assertThat(returned.returnedBy()).isEqualTo("tochuc");
        // A page opened before the return holds the old version: its sending is stale.
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, sent.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // Sent again on the 16th, after the calendar's day: this sending is the one that counts, and it is late.
        clock.setDate(LocalDate.of(2152, 12, 16));
        UnitDossierView again = TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, returned.version()));

        assertThat(again.status()).isEqualTo(EmulationDossierStatus.SENT);
        assertThat(again.late()).isTrue();
        assertThat(again.returnReason()).isEqualTo("Thiếu báo cáo thành tích của Lương Thị Mai");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMULATION_DOSSIER_RETURNED'"
                        + " and after_state like '%Thiếu báo cáo thành tích%'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void eachRoleDoesOnlyItsPart() {
        closedReview(2152);
        clock.setDate(LocalDate.of(2152, 12, 14));

        // A cadre keeps no unit's dossier: 404, as for a unit that does not exist.
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.dossier(kinhTe, 2152)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> dossiers.send(kinhTe, 2152, null)))
                .isInstanceOf(RecordNotFoundException.class);
        // The personnel office sees the unit's dossier but does not send it for the unit.
        assertThat(TestActors.runAs(hung, () -> dossiers.dossier(kinhTe, 2152)).maySend()).isFalse();
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.send(kinhTe, 2152, null)))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.refused.not-sender"));
        TestActors.runAs(phong, () -> dossiers.send(kinhTe, 2152, null));
        // The unit head does not return their own dossier.
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> dossiers.returnForRevision(kinhTe, 2152, "Sửa",
                null)))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.refused.not-office"));
        // Another department's head does not see Phòng Kinh tế's dossier.
        Actor otherHead = actors.cadre("NB006", vn.danhgia.platform.Role.UNIT_HEAD);
        assertThatThrownBy(() -> TestActors.runAs(otherHead, () -> dossiers.dossier(kinhTe, 2152)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestActors.runAs(phong, () -> dossiers.ledUnits(2152)))
                .extracting(unit -> unit.code()).containsExactly(KINH_TE);
        assertThat(TestActors.runAs(mai, () -> dossiers.ledUnits(2152))).isEmpty();
        assertThat(List.of(TestActors.runAs(hung, dossiers::readsConsolidation),
                TestActors.runAs(phong, dossiers::readsConsolidation))).containsExactly(true, false);
    }
}
