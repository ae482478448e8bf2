package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.internal.Appointment;
import vn.danhgia.organization.internal.AppointmentRepository;

/** Each service call commits on its own here, so two people can work on the same appointment. */
@OrganizationJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OptimisticLockingTests {

    @Autowired
    OrganizationService service;

    @Autowired
    AppointmentRepository appointments;

    @Test
    void staleCopyCannotOverwriteANewerChange() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId cuong = org.cadre("Đỗ Mạnh Cường", "1986-02-28");
        AppointmentId phoPhong = service.appoint(cuong, org.phoTruongPhong, LocalDate.of(2023, 4, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        Appointment readEarlier = appointments.findById(phoPhong.value()).orElseThrow();

        service.endAppointment(phoPhong, LocalDate.of(2026, 9, 30));
        readEarlier.end(LocalDate.of(2026, 9, 29));

        assertThatThrownBy(() -> appointments.save(readEarlier))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
