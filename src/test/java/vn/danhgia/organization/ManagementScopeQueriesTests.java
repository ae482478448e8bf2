package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 000 §III.1 "Đối tượng và thẩm quyền đánh giá", read back for quarter III/2026. */
@OrganizationJpaTest
class ManagementScopeQueriesTests {

    private static final LocalDate RATING_DAY = LocalDate.of(2026, 9, 18);

    @Autowired
    OrganizationService service;

    @Autowired
    OrganizationQueries queries;

    @Autowired
    EntityManager entityManager;

    /**
     * Seed 000 §III.1.1: "Các đồng chí Lãnh đạo Văn phòng (trừ đồng chí Chánh Văn phòng thuộc diện Ban Thường vụ Đảng
     * uỷ Uỷ ban nhân dân tỉnh đánh giá, xếp loại chất lượng)".
     */
    @Test
    void chanhVanPhongIsEvaluatedAndDecidedByBanThuongVuDangUyUbndTinh() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        List<CadreScope> scopes = queries.authoritiesFor(org.dinhQuangThang, RATING_DAY);

        assertThat(scopes).singleElement().satisfies(scope -> {
            assertThat(scope.positionTitle()).isEqualTo("Chánh Văn phòng");
            assertThat(scope.decides().name()).isEqualTo("Ban Thường vụ Đảng ủy UBND tỉnh");
            assertThat(scope.evaluates().name()).isEqualTo("Ban Thường vụ Đảng ủy UBND tỉnh");
        });
    }

    /** Seed 000 §III.1.2: "Chi bộ, các Phòng, ban, trung tâm đánh giá, xếp loại chất lượng đối với … Phó trưởng Phòng". */
    @Test
    void phoTruongPhongIsEvaluatedAndDecidedByTheChiBoAndThePhong() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        CadreScope scope = queries.authoritiesFor(org.doManhCuong, RATING_DAY).get(0);

        assertThat(scope.decides().name()).isEqualTo("Chi bộ Phòng Tổng hợp, Phòng Tổng hợp");
        assertThat(scope.decides().includes(org.banThuongVu)).isFalse();
        assertThat(scope.evaluates().units()).extracting(AuthorityUnit::kind)
                .containsExactly(UnitKind.PARTY_CELL, UnitKind.DEPARTMENT);
        assertThat(scope.decides().basis()).isEqualTo(OrganizationMother.BASIS_1_2);
    }

    /**
     * Seed 000 §III.1.1: "Đảng uỷ, Lãnh đạo Văn phòng UBND tỉnh đánh giá, xếp loại chất lượng đối với … Bí thư các
     * Chi bộ, Trưởng các Phòng, ban, trung tâm": a Trưởng phòng kiêm Bí thư Chi bộ has one scope per position.
     */
    @Test
    void truongPhongKiemBiThuChiBoIsRatedByDangUyAndLanhDaoVanPhongForBothPosts() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        List<CadreScope> scopes = queries.authoritiesFor(org.buiThiHongNhung, RATING_DAY);

        assertThat(scopes).extracting(CadreScope::positionTitle).containsExactly("Trưởng phòng", "Bí thư Chi bộ");
        assertThat(scopes).allSatisfy(scope -> assertThat(scope.decides().name())
                .isEqualTo("Đảng ủy Văn phòng UBND tỉnh, Lãnh đạo Văn phòng UBND tỉnh"));
    }

    @Test
    void banThuongVuDecidesOnlyForChanhVanPhongAndThePhongOnlyForItsDeputy() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        assertThat(queries.cadresDecidedBy(org.banThuongVu, RATING_DAY))
                .extracting(CadreWithPosition::fullName, CadreWithPosition::positionTitle)
                .containsExactly(tuple("Đinh Quang Thắng", "Chánh Văn phòng"));
        assertThat(queries.cadresEvaluatedBy(org.phongTongHop, RATING_DAY))
                .extracting(CadreWithPosition::fullName).containsExactly("Đỗ Mạnh Cường");
        assertThat(queries.cadresDecidedBy(org.dangUyVanPhong, RATING_DAY))
                .extracting(CadreWithPosition::positionTitle)
                .containsExactlyInAnyOrder("Trưởng phòng", "Bí thư Chi bộ");
    }

    @Test
    void scopeAndAppointmentCountOnlyOnTheDaysTheyAreInForce() {
        OrganizationMother org = new OrganizationMother(service).withPeople();

        assertThat(queries.cadresDecidedBy(org.banThuongVu, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(queries.cadresDecidedBy(org.banThuongVu, LocalDate.of(2026, 1, 1))).hasSize(1);
        assertThat(queries.authoritiesFor(org.dinhQuangThang, LocalDate.of(2025, 12, 31)))
                .singleElement()
                .satisfies(scope -> assertThat(scope.decides()).isEqualTo(Authority.NONE));
    }

    @Test
    void endedScopeNoLongerGivesTheAuthority() {
        OrganizationMother org = new OrganizationMother(service).withPeople();
        List<ManagementScopeId> byBanThuongVu = service.assignScope(org.phoTruongPhong, ScopeRole.DECIDES,
                List.of(org.banThuongVu), LocalDate.of(2026, 7, 1), "Ủy quyền tạm thời");
        service.endScope(byBanThuongVu.get(0), LocalDate.of(2026, 8, 31));

        assertThat(queries.cadresDecidedBy(org.banThuongVu, LocalDate.of(2026, 8, 31)))
                .extracting(CadreWithPosition::fullName).contains("Đỗ Mạnh Cường");
        assertThat(queries.cadresDecidedBy(org.banThuongVu, LocalDate.of(2026, 9, 1)))
                .extracting(CadreWithPosition::fullName).doesNotContain("Đỗ Mạnh Cường");
    }

    /** Thirty Phó Trưởng phòng decided by one Phòng are read with one SQL statement, not one per cadre. */
    @Test
    void cadresInScopeAreReadWithOneStatement() {
        OrganizationMother org = new OrganizationMother(service).withStructure();
        for (int i = 0; i < 30; i++) {
            CadreId deputy = org.cadre("Nguyễn Văn Phó " + i, "1985-01-01");
            service.appoint(deputy, org.phoTruongPhong, LocalDate.of(2025, 1, 2), AppointmentKind.FIRST_APPOINTMENT);
        }
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<CadreWithPosition> deputies = queries.cadresDecidedBy(org.phongTongHop, RATING_DAY);

        assertThat(deputies).hasSize(30);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    /**
     * The batch reads the council's form and the to-do list use (issue 15 §2) answer as the reads of one position or
     * unit at a time.
     */
    @Test
    void scopesAndOfficesReadForManyAtOnceAreThoseReadOneByOne() {
        OrganizationMother org = new OrganizationMother(service).withPeople();
        service.serveUnit(org.phongTongHop, org.vanPhong);
        List<PositionId> positions = queries.cadresWithPositions(RATING_DAY).stream()
                .map(CadreWithPosition::positionId).distinct().toList();
        List<UnitId> units = queries.units().stream().map(UnitView::id).toList();

        var scopes = queries.scopesOf(positions);
        var offices = queries.officesServing(units);

        assertThat(scopes).isNotEmpty();
        positions.forEach(position -> assertThat(scopes.getOrDefault(position, List.of()))
                .isEqualTo(queries.scopesOf(position)));
        units.forEach(unit -> assertThat(offices.get(unit)).isEqualTo(queries.officesServing(unit)));
        assertThat(offices.get(org.vanPhong)).containsExactly(org.phongTongHop);

        List<UnitId> andOneMissing = new java.util.ArrayList<>(units);
        andOneMissing.add(new UnitId(-1L));
        var chains = queries.unitsWithParents(andOneMissing);
        units.forEach(unit -> assertThat(chains.get(unit)).isEqualTo(queries.unitWithParents(unit)));
        assertThat(chains.get(org.phongTongHop)).extracting(UnitView::id)
                .containsExactly(org.phongTongHop, org.vanPhong);
        assertThat(chains.get(new UnitId(-1L))).isEmpty();
    }
}
