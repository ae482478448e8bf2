package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 002 §7 read from stored appointments: the agency of each post is found through the unit tree. */
@OrganizationJpaTest
class SpecialCasesFromHistoryTests {

    private static final LocalDate RATING_DAY = LocalDate.of(2026, 9, 18);

    @Autowired
    OrganizationService service;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    EntityManager entityManager;

    /** Seed 002 §7 a): Phó Trưởng phòng promoted to Trưởng phòng Tổng hợp on 26/8/2026, in the same Văn phòng. */
    @Test
    void promotionBetweenPostsOfOneDepartmentIsWithinTheAgency() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId nhung = org.cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        AppointmentId phoPhong = service.appoint(nhung, org.phoTruongPhong, LocalDate.of(2020, 10, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        service.endAppointment(phoPhong, LocalDate.of(2026, 8, 25));
        service.appoint(nhung, org.truongPhong, LocalDate.of(2026, 8, 26), AppointmentKind.PROMOTION);
        entityManager.flush();
        entityManager.clear();

        assertThat(queries.specialCases(nhung, 2026, 3, RATING_DAY)).containsExactly(new SpecialCase(
                SpecialCaseKind.PROMOTED_WITHIN_UNIT, org.truongPhong, LocalDate.of(2026, 8, 26), org.phoTruongPhong));
    }

    /** Seed 002 §7 b): from a department of Sở Nội vụ to a department of the Văn phòng on 19/8/2026. */
    @Test
    void transferBetweenDepartmentsOfTwoAgenciesIsAMoveToANewUnit() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        UnitId soNoiVu = org.unit("SNV", "Sở Nội vụ tỉnh Ninh Bình", UnitKind.AGENCY, null);
        UnitId phongCongChuc = org.unit("SNV.CCVC", "Phòng Công chức, viên chức", UnitKind.DEPARTMENT, soNoiVu);
        PositionId phoPhongSo = org.position("SNV.CCVC.PTP", "Phó Trưởng phòng", PositionRank.DEPUTY,
                PositionTrack.GOVERNMENT, phongCongChuc);
        CadreId truong = org.cadre("Ngô Xuân Trường", "1983-04-11");
        AppointmentId atSoNoiVu = service.appoint(truong, phoPhongSo, LocalDate.of(2021, 5, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        service.endAppointment(atSoNoiVu, LocalDate.of(2026, 8, 18));
        service.appoint(truong, org.phoTruongPhong, LocalDate.of(2026, 8, 19), AppointmentKind.TRANSFER);
        entityManager.flush();
        entityManager.clear();

        assertThat(queries.specialCases(truong, 2026, 3, RATING_DAY)).extracting(SpecialCase::kind)
                .containsExactly(SpecialCaseKind.MOVED_TO_NEW_UNIT);
    }
}
