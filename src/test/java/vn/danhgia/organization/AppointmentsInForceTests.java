package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrganizationJpaTest
class AppointmentsInForceTests {

    @Autowired
    OrganizationService service;

    @Autowired
    OrganizationQueries queries;

    /** Bùi Thị Hồng Nhung: Phó Trưởng phòng until 25/8/2026, Trưởng phòng from 26/8, Bí thư Chi bộ kiêm nhiệm. */
    @Test
    void appointmentIsInForceFromItsFirstToItsLastDay() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId nhung = org.cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        AppointmentId phoPhong = service.appoint(nhung, org.phoTruongPhong, LocalDate.of(2020, 10, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        service.endAppointment(phoPhong, LocalDate.of(2026, 8, 25));
        service.appoint(nhung, org.truongPhong, LocalDate.of(2026, 8, 26), AppointmentKind.PROMOTION);
        service.appoint(nhung, org.biThuChiBo, LocalDate.of(2025, 5, 20), AppointmentKind.CONCURRENT);

        assertThat(titlesOn(nhung, "2020-09-30")).isEmpty();
        assertThat(titlesOn(nhung, "2020-10-01")).containsExactly("Phó Trưởng phòng");
        assertThat(titlesOn(nhung, "2026-08-25")).containsExactly("Phó Trưởng phòng", "Bí thư Chi bộ");
        assertThat(titlesOn(nhung, "2026-08-26")).containsExactly("Bí thư Chi bộ", "Trưởng phòng");
        assertThat(queries.appointmentHistory(nhung)).extracting(AppointmentView::positionTitle)
                .containsExactly("Phó Trưởng phòng", "Bí thư Chi bộ", "Trưởng phòng");
    }

    @Test
    void cadresWithPositionsListsEveryPositionHeldOnTheDate() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        assertThat(queries.cadresWithPositions(LocalDate.of(2026, 9, 18)))
                .filteredOn(row -> row.cadreCode().startsWith(org.tag))
                .extracting(CadreWithPosition::fullName, CadreWithPosition::positionTitle,
                        CadreWithPosition::unitName, CadreWithPosition::rank)
                .containsExactlyInAnyOrder(
                        tuple("Đinh Quang Thắng", "Chánh Văn phòng", "Văn phòng UBND tỉnh Ninh Bình",
                                PositionRank.HEAD),
                        tuple("Bùi Thị Hồng Nhung", "Trưởng phòng", "Phòng Tổng hợp", PositionRank.HEAD),
                        tuple("Bùi Thị Hồng Nhung", "Bí thư Chi bộ", "Chi bộ Phòng Tổng hợp", PositionRank.HEAD),
                        tuple("Đỗ Mạnh Cường", "Phó Trưởng phòng", "Phòng Tổng hợp", PositionRank.DEPUTY));
        assertThat(queries.cadresWithPositions(LocalDate.of(2023, 1, 31)))
                .filteredOn(row -> row.cadreCode().startsWith(org.tag))
                .isEmpty();
    }

    @Test
    void headPositionHasOneHolderAtATime() {
        OrganizationMother org = new OrganizationMother(service).withPeople();
        CadreId phong = org.cadre("Trịnh Đình Phong", "1977-06-06");

        assertThatThrownBy(() -> service.appoint(phong, org.truongPhong, LocalDate.of(2026, 9, 1),
                AppointmentKind.TRANSFER))
                .isInstanceOf(OrganizationRefusal.class)
                .hasMessageStartingWith("organization.refusal.head-already-held");
    }

    @Test
    void headPositionCanBeFilledAfterTheHolderLeaves() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId vuDucLong = org.cadre("Vũ Đức Long", "1980-05-30");
        CadreId nhung = org.cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        AppointmentId truongPhong = service.appoint(vuDucLong, org.truongPhong, LocalDate.of(2019, 3, 1),
                AppointmentKind.PROMOTION);
        service.endAppointment(truongPhong, LocalDate.of(2026, 3, 31));

        service.appoint(nhung, org.truongPhong, LocalDate.of(2026, 8, 26), AppointmentKind.PROMOTION);

        assertThat(titlesOn(nhung, "2026-09-18")).containsExactly("Trưởng phòng");
        assertThat(titlesOn(vuDucLong, "2026-09-18")).isEmpty();
    }

    @Test
    void deputyPositionMayHaveSeveralHolders() {
        OrganizationMother org = new OrganizationMother(service).withPeople();
        CadreId trang = org.cadre("Tạ Thu Trang", "1988-10-19");

        service.appoint(trang, org.phoTruongPhong, LocalDate.of(2025, 1, 2), AppointmentKind.FIRST_APPOINTMENT);

        assertThat(titlesOn(trang, "2026-09-18")).containsExactly("Phó Trưởng phòng");
        assertThat(titlesOn(org.doManhCuong, "2026-09-18")).containsExactly("Phó Trưởng phòng");
    }

    private List<String> titlesOn(CadreId cadre, String date) {
        return queries.appointmentsInForce(cadre, LocalDate.parse(date)).stream()
                .map(AppointmentView::positionTitle).toList();
    }
}
