package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrganizationJpaTest
class OrganizationMappingTests {

    @Autowired
    OrganizationService service;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    EntityManager entityManager;

    @Test
    void unitKeepsItsNameWithDiacriticsItsKindAndItsParent() {
        OrganizationMother org = new OrganizationMother(service);
        UnitId vanPhong = org.unit("VP", "Văn phòng UBND tỉnh Ninh Bình", UnitKind.AGENCY, null);
        UnitId khoaGiao = org.unit("VP.KGVX", "Phòng Khoa giáo – Văn xã", UnitKind.DEPARTMENT, vanPhong);
        reload();

        assertThat(queries.unitByCode(org.code("VP.KGVX"))).contains(
                new UnitView(khoaGiao, org.code("VP.KGVX"), "Phòng Khoa giáo – Văn xã", UnitKind.DEPARTMENT, vanPhong));
        assertThat(queries.unitByCode(org.code("VP")).orElseThrow().parent()).isNull();
    }

    @Test
    void positionKeepsTitleRankTrackUnitAndLeaderFlag() {
        OrganizationMother org = new OrganizationMother(service);
        UnitId vanPhong = org.unit("VP", "Văn phòng UBND tỉnh Ninh Bình", UnitKind.AGENCY, null);
        UnitId congDoan = org.unit("VP.CD", "Công đoàn Văn phòng UBND tỉnh", UnitKind.MASS_ORGANIZATION, vanPhong);
        PositionId phoChanh = org.position("VP.PCVP", "Phó Chánh Văn phòng", PositionRank.DEPUTY,
                PositionTrack.GOVERNMENT, vanPhong);
        PositionId chuTich = service.createPosition(new NewPosition(org.code("VP.CD.CT"), "Chủ tịch Công đoàn",
                PositionRank.HEAD, PositionTrack.MASS_ORGANIZATION, congDoan, false));
        reload();

        assertThat(queries.positionByCode(org.code("VP.PCVP"))).contains(new PositionView(phoChanh,
                org.code("VP.PCVP"), "Phó Chánh Văn phòng", PositionRank.DEPUTY, PositionTrack.GOVERNMENT, vanPhong,
                "Văn phòng UBND tỉnh Ninh Bình", true));
        assertThat(queries.positionByCode(org.code("VP.CD.CT")).orElseThrow())
                .returns(chuTich, PositionView::id)
                .returns(PositionTrack.MASS_ORGANIZATION, PositionView::track)
                .returns(false, PositionView::leader);
    }

    @Test
    void cadreKeepsFullNameBirthDatePartyMembershipAndEmploymentKind() {
        CadreId huyen = service.registerCadre(new NewCadre("CB-" + new OrganizationMother(service).tag,
                "Quách Thị Huyền", LocalDate.of(1986, 8, 8), true, EmploymentKind.CIVIL_SERVANT));
        CadreId hanh = service.registerCadre(new NewCadre("CB-" + new OrganizationMother(service).tag,
                "Chu Thị Hạnh", LocalDate.of(1983, 12, 1), false, EmploymentKind.PUBLIC_EMPLOYEE));
        reload();

        CadreView read = queries.cadre(huyen).orElseThrow();
        assertThat(read.fullName()).isEqualTo("Quách Thị Huyền");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1986, 8, 8));
        assertThat(read.partyMember()).isTrue();
        assertThat(read.employmentKind()).isEqualTo(EmploymentKind.CIVIL_SERVANT);
        assertThat(queries.cadreByCode(queries.cadre(hanh).orElseThrow().code()).orElseThrow())
                .returns(false, CadreView::partyMember)
                .returns(EmploymentKind.PUBLIC_EMPLOYEE, CadreView::employmentKind);
    }

    @Test
    void appointmentKeepsItsDatesAndKind() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId nhung = org.cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        AppointmentId phoPhong = service.appoint(nhung, org.phoTruongPhong, LocalDate.of(2020, 10, 1),
                AppointmentKind.FIRST_APPOINTMENT);
        service.endAppointment(phoPhong, LocalDate.of(2026, 8, 25));
        reload();

        assertThat(queries.appointmentHistory(nhung)).containsExactly(new AppointmentView(phoPhong, nhung,
                org.phoTruongPhong, "Phó Trưởng phòng", org.phongTongHop, "Phòng Tổng hợp", LocalDate.of(2020, 10, 1),
                LocalDate.of(2026, 8, 25), AppointmentKind.FIRST_APPOINTMENT));
    }

    @Test
    void codeUsedTwiceIsRefused() {
        OrganizationMother org = new OrganizationMother(service);
        org.unit("VP", "Văn phòng UBND tỉnh Ninh Bình", UnitKind.AGENCY, null);

        assertThatThrownBy(() -> org.unit("VP", "Văn phòng UBND tỉnh", UnitKind.AGENCY, null))
                .isInstanceOf(OrganizationRefusal.class)
                .extracting(refusal -> ((OrganizationRefusal) refusal).messageKey())
                .isEqualTo("organization.refusal.duplicate-code");
    }

    @Test
    void appointmentEndingBeforeItStartsIsRefused() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        CadreId nam = org.cadre("Dương Văn Nam", "1989-05-14");
        AppointmentId phoPhong = service.appoint(nam, org.phoTruongPhong, LocalDate.of(2026, 9, 9),
                AppointmentKind.FIRST_APPOINTMENT);

        assertThatThrownBy(() -> service.endAppointment(phoPhong, LocalDate.of(2026, 9, 8)))
                .isInstanceOf(OrganizationRefusal.class)
                .hasMessageStartingWith("organization.refusal.end-before-start");
    }

    private void reload() {
        entityManager.flush();
        entityManager.clear();
    }
}
