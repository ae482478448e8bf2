package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The rules the administration pages and the imports share, in OrganizationService: a change of post (seed 002 §7
 * a, b) ends the current post the day before the new one, a cadre holds one main post at a time, and the unit tree
 * stays a tree.
 */
@OrganizationJpaTest
class ChangeOfPostTests {

    @Autowired
    OrganizationService service;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    EntityManager entityManager;

    /** Seed 002 §7 a): Phó Trưởng phòng promoted to Trưởng phòng Tổng hợp on 26/8/2066, rated on 18/9/2066. */
    @Test
    void aPromotionEndsTheDeputyPostTheDayBeforeAndIsThePromotedCase() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId nhung = org.cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        AppointmentId deputy = service.appoint(nhung, org.phoTruongPhong, LocalDate.of(2060, 10, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        entityManager.flush();

        service.changePost(deputy, 0, org.truongPhong, LocalDate.of(2066, 8, 26), AppointmentKind.PROMOTION);
        entityManager.flush();
        entityManager.clear();

        assertThat(queries.appointmentHistory(nhung)).extracting(AppointmentView::end)
                .containsExactly(LocalDate.of(2066, 8, 25), null);
        assertThat(queries.specialCases(nhung, 2066, 3, LocalDate.of(2066, 9, 18)))
                .extracting(SpecialCase::kind).containsExactly(SpecialCaseKind.PROMOTED_WITHIN_UNIT);
    }

    @Test
    void aChangeOfPostOnOrBeforeTheCurrentStartOrAsAFirstAppointmentIsRefused() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId cuong = org.cadre("Đỗ Mạnh Cường", "1986-02-28");
        AppointmentId deputy = service.appoint(cuong, org.phoTruongPhong, LocalDate.of(2067, 4, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        entityManager.flush();

        assertThatThrownBy(() -> service.changePost(deputy, 0, org.truongPhong, LocalDate.of(2067, 4, 1),
                AppointmentKind.PROMOTION))
                .isInstanceOf(OrganizationRefusal.class)
                .hasMessageStartingWith("organization.refusal.change-before-start");
        assertThatThrownBy(() -> service.changePost(deputy, 0, org.truongPhong, LocalDate.of(2067, 9, 1),
                AppointmentKind.FIRST_APPOINTMENT))
                .isInstanceOf(OrganizationRefusal.class)
                .hasMessageStartingWith("organization.refusal.not-a-change-of-post");
        assertThat(queries.appointmentHistory(cuong)).extracting(AppointmentView::end).containsOnlyNulls();
    }

    @Test
    void aSecondMainPostOnTheSameDaysIsRefusedButAConcurrentOneIsTaken() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId trang = org.cadre("Tạ Thu Trang", "1988-10-19");
        service.appoint(trang, org.phoTruongPhong, LocalDate.of(2068, 1, 2), AppointmentKind.FIRST_APPOINTMENT);

        OrganizationRefusal refused = catchThrowableOfType(OrganizationRefusal.class, () -> service.appoint(trang, org.biThuChiBo,
                LocalDate.of(2068, 5, 1), AppointmentKind.FIRST_APPOINTMENT));
        assertThat(refused.messageKey()).isEqualTo("organization.refusal.main-post-overlaps");
        assertThat(refused.field()).isEqualTo("start");

        service.appoint(trang, org.biThuChiBo, LocalDate.of(2068, 5, 1), AppointmentKind.CONCURRENT);
        assertThat(queries.appointmentsInForce(trang, LocalDate.of(2068, 5, 1))).hasSize(2);
    }

    @Test
    void aUnitCannotSitBelowOneOfItsOwnUnitsAndAStaleChangeIsRefused() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        entityManager.flush();
        UnitView vanPhong = queries.unit(org.vanPhong).orElseThrow();

        OrganizationRefusal refused = catchThrowableOfType(OrganizationRefusal.class, () -> service.changeUnit(org.vanPhong, 0,
                new NewUnit(vanPhong.code(), vanPhong.name(), vanPhong.kind(), org.phongTongHop)));
        assertThat(refused.messageKey()).isEqualTo("organization.refusal.unit-cycle");
        assertThat(refused.field()).isEqualTo("parent");

        assertThatThrownBy(() -> service.changeUnit(org.vanPhong, 7,
                new NewUnit(vanPhong.code(), "Tên khác", vanPhong.kind(), null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(queries.unit(org.vanPhong).orElseThrow().name()).isEqualTo(vanPhong.name());
    }
}
