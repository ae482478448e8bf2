package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Whose records each demo role reaches on 20/9/2026 (seed 000 §III.1 scopes; seed 002 §2.2 "thẩm quyền đánh giá").
 */
@DemoDataTest
class AccessScopesTests {

    static final LocalDate DAY = LocalDate.of(2026, 9, 20);

    @Autowired
    AccessScopes scopes;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors actors;

    @Test
    void aCadreReachesOnlyTheirOwnRecords() {
        Actor canbo = actors.account("canbo");
        assertThat(visible(canbo)).containsExactly("NB014");
        assertThat(scopes.canApprove(canbo, cadre("NB014"), DAY)).isFalse();
    }

    @Test
    void theHeadOfPhongKinhTeReachesHisDepartmentAndItsCellOnly() {
        Actor truongphong = actors.account("truongphong");
        assertThat(visible(truongphong)).containsExactlyInAnyOrder("NB013", "NB014", "NB015");
        assertThat(scopes.canApprove(truongphong, cadre("NB014"), DAY)).isTrue();
        assertThat(scopes.canApprove(truongphong, cadre("NB013"), DAY)).isFalse();
        assertThat(scopes.canSee(truongphong, cadre("NB011"), DAY)).isFalse();
    }

    @Test
    void aDeputyApprovesOnlyThoseRankedBelowThemInTheUnit() {
        // NB015 is Phó Trưởng phòng Kinh tế and Chi ủy viên; NB014 is Phó Bí thư of the same cell.
        Actor deputy = actors.cadre("NB014", Role.UNIT_HEAD);
        assertThat(scopes.canApprove(deputy, cadre("NB015"), DAY)).isTrue();
        assertThat(scopes.canApprove(deputy, cadre("NB013"), DAY)).isFalse();
    }

    @Test
    void thePersonnelOfficeReachesEveryoneOfTheUnitsItServesButApprovesNobodyForThat() {
        Actor tochuc = actors.cadre("NB006", Role.PERSONNEL_OFFICER);
        // The office serves Văn phòng UBND tỉnh and Đảng ủy Văn phòng: on this day every demo cadre works there.
        assertThat(visible(tochuc)).hasSize(40);
        assertThat(scopes.canSee(tochuc, cadre("NB039"), DAY)).as("Phó Bí thư Chi bộ Nhà khách, cell only").isTrue();
        assertThat(scopes.canApprove(tochuc, cadre("NB039"), DAY)).isFalse();
    }

    @Test
    void theAuthorityReachesThePeopleInItsManagementScope() {
        // NB001 sits in Đảng ủy Văn phòng, which with Lãnh đạo Văn phòng evaluates department heads (§III.1.1).
        Actor authority = actors.cadre("NB001", Role.AUTHORITY);
        AccessScope scope = scopes.of(authority, DAY);
        assertThat(scope.managed()).contains(cadre("NB013"), cadre("NB006"), cadre("NB002"));
        assertThat(scopes.canApprove(authority, cadre("NB013"), DAY)).isTrue();
        assertThat(scopes.canSee(authority, cadre("NB040"), DAY)).as("Bí thư Đoàn: nobody rates the post").isFalse();
    }

    @Test
    void rolesAddUp() {
        Actor thamquyen = actors.account("thamquyen");
        assertThat(scopes.of(thamquyen, DAY).managed()).isNotEmpty();
        assertThat(scopes.of(thamquyen, DAY).leads()).isNotEmpty();
        assertThat(scopes.canSee(thamquyen, cadre("NB040"), DAY)).as("as head of the office").isTrue();
    }

    @Test
    void anAccountWithoutACadreReachesNobody() {
        Actor admin = actors.account("admin");
        assertThat(visible(admin)).isEmpty();
    }

    private Set<String> visible(Actor actor) {
        return organization.cadresWithPositions(DAY).stream()
                .filter(row -> scopes.canSee(actor, row.cadreId(), DAY))
                .map(CadreWithPosition::cadreCode).collect(Collectors.toSet());
    }

    private CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }
}
