package vn.danhgia.organization.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreScope;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.SpecialCase;
import vn.danhgia.organization.SpecialCaseKind;

/**
 * The demo body on quarter III/2026, rated on 18/9/2026 (seed 000 §III.4). On H2 it gets a database of its own so the
 * committed demo data never meets the other tests; on PostgreSQL the configured database is used as it is.
 */
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:organization-demo;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        // The demo's made-up history and emulation years write ratings and titles the other tests would meet on a
        // shared database.
        "danhgia.demo.history.enabled=false", "danhgia.demo.emulation.enabled=false"})
@ActiveProfiles("demo")
class OrganizationDemoDataTests {

    private static final LocalDate RATING_DAY = LocalDate.of(2026, 9, 18);

    @Autowired
    OrganizationQueries queries;

    @Autowired
    OrganizationDemoData demoData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aboutFortyLeadersEachWithAnEvaluatingAndADecidingAuthority() {
        List<CadreWithPosition> leaderPosts = demoPosts().filter(CadreWithPosition::leader).toList();
        Set<CadreId> leaders = leaderPosts.stream().map(CadreWithPosition::cadreId).collect(toSet());

        assertThat(leaders).hasSizeBetween(36, 44);
        for (CadreWithPosition post : leaderPosts) {
            CadreScope scope = queries.authoritiesFor(post.cadreId(), RATING_DAY).stream()
                    .filter(candidate -> candidate.position().equals(post.positionId()))
                    .findFirst().orElseThrow();
            assertThat(scope.evaluates().isEmpty()).as("evaluator of %s, %s", post.fullName(), post.positionTitle())
                    .isFalse();
            assertThat(scope.decides().isEmpty()).as("decider of %s, %s", post.fullName(), post.positionTitle())
                    .isFalse();
        }
    }

    @Test
    void everyDepartmentAndCentreHasAHeadAndADeputyAndEveryCellASecretary() {
        Map<String, Long> heads = countByUnit(demoPosts().filter(post -> post.positionTitle().matches(
                "Trưởng phòng|Trưởng ban|Giám đốc|Bí thư Chi bộ")));
        Map<String, Long> deputies = countByUnit(demoPosts().filter(post -> post.positionTitle().matches(
                "Phó Trưởng phòng|Phó Trưởng ban|Phó Giám đốc")));

        assertThat(heads).hasSize(20).containsEntry("Phòng Tổng hợp", 1L).containsEntry("Chi bộ Nhà khách tỉnh", 1L)
                .allSatisfy((unit, count) -> assertThat(count).isEqualTo(1L));
        assertThat(deputies).hasSize(10).containsEntry("Phòng Khoa giáo – Văn xã", 2L);
    }

    /** Seed 000 §III.1.1 and §III.1.2 on the demo body. */
    @Test
    void scopesFollowSeed000() {
        assertThat(decider("Đinh Quang Thắng", "Chánh Văn phòng")).isEqualTo("Ban Thường vụ Đảng ủy UBND tỉnh");
        assertThat(decider("Đinh Quang Thắng", "Bí thư Đảng ủy")).isEqualTo("Ban Thường vụ Đảng ủy UBND tỉnh");
        assertThat(decider("Phạm Thị Thu Hà", "Phó Chánh Văn phòng"))
                .isEqualTo("Đảng ủy Văn phòng UBND tỉnh, Lãnh đạo Văn phòng UBND tỉnh");
        assertThat(decider("Phạm Ngọc Sơn", "Giám đốc"))
                .isEqualTo("Đảng ủy Văn phòng UBND tỉnh, Lãnh đạo Văn phòng UBND tỉnh");
        assertThat(decider("Lương Thị Mai", "Phó Trưởng phòng")).isEqualTo("Chi bộ Phòng Kinh tế, Phòng Kinh tế");
        assertThat(decider("Hà Quốc Bảo", "Chi ủy viên")).isEqualTo("Chi bộ Phòng Kinh tế, Phòng Kinh tế");
    }

    /** The four appointments the demo sets up for seed 002 §7, and nobody else. */
    @Test
    void quarterThreeShowsEverySpecialCaseOfSeed002Section7() {
        Map<String, List<SpecialCaseKind>> cases = demoPosts()
                .map(CadreWithPosition::cadreId).distinct()
                .collect(toMap(
                        cadre -> queries.cadre(cadre).orElseThrow().fullName(),
                        cadre -> queries.specialCases(cadre, 2026, 3, RATING_DAY).stream()
                                .map(SpecialCase::kind).toList()));

        assertThat(cases).containsEntry("Bùi Thị Hồng Nhung", List.of(SpecialCaseKind.PROMOTED_WITHIN_UNIT))
                .containsEntry("Ngô Xuân Trường", List.of(SpecialCaseKind.MOVED_TO_NEW_UNIT))
                .containsEntry("Dương Văn Nam", List.of(SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT))
                .containsEntry("Nguyễn Văn Toàn", List.of(SpecialCaseKind.RESTRUCTURED));
        assertThat(cases.values().stream().filter(kinds -> !kinds.isEmpty())).hasSize(4);
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        List<Long> before = rowCounts();

        demoData.run(new DefaultApplicationArguments());

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(before).allSatisfy(count -> assertThat(count).isPositive());
    }

    private Stream<CadreWithPosition> demoPosts() {
        return queries.cadresWithPositions(RATING_DAY).stream().filter(post -> post.cadreCode().startsWith("NB"));
    }

    private String decider(String fullName, String positionTitle) {
        CadreWithPosition post = demoPosts()
                .filter(candidate -> candidate.fullName().equals(fullName)
                        && candidate.positionTitle().equals(positionTitle))
                .findFirst().orElseThrow();
        return queries.authoritiesFor(post.cadreId(), RATING_DAY).stream()
                .filter(scope -> scope.position().equals(post.positionId()))
                .findFirst().orElseThrow().decides().name();
    }

    private static Map<String, Long> countByUnit(Stream<CadreWithPosition> posts) {
        return posts.collect(groupingBy(CadreWithPosition::unitName,
                counting()));
    }

    private List<Long> rowCounts() {
        return Stream.of("org_unit", "org_position", "org_cadre", "org_appointment", "org_management_scope")
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class))
                .toList();
    }
}
