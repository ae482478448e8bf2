package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentSummary;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.OwnResult;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 §5 on the demo as it starts on 6 December 2026, with its history on, under the Ninh Bình office's plan
 * (seed 000, rating quarters I–III from 1/1/2026) and in its own database: quarter III/2026 is at the self-assessment
 * step, quarter II/2026 awaits the authority's decisions and quarter I/2026 is announced with its complaint window open.
 * Issue 12 §1: every history self-assessment shows one total on its page, in the list and as stored, and no peer
 * group's announced EXCELLENT ratings exceed its places (seed 000 §III.3.1, seed 002 §6).
 */
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-history-december;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "danhgia.demo.history.enabled=true"})
@ActiveProfiles("demo")
@Import(DecemberDemoHistoryTests.StartedInDecember.class)
class DecemberDemoHistoryTests {

    static final LocalDate START = LocalDate.of(2026, 12, 6);
    static final Quarter WORKING = new Quarter(2026, 3);
    static final Quarter AT_DECISION = new Quarter(2026, 2);
    static final Quarter ANNOUNCED = new Quarter(2026, 1);

    /** The clock stands at the start day before the demo loaders run. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StartedInDecember {

        @Bean
        @Primary
        MutableClock decemberClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(START);
            return clock;
        }

        @Bean
        TestActors testActors(UserAccountRepository accounts, OrganizationQueries organization) {
            return new TestActors(accounts, organization);
        }
    }

    @Autowired
    TestActors actors;

    @Autowired
    PlanningService planning;

    @Autowired
    DecisionService decisions;

    @Autowired
    AnnouncementService announcements;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWorkingQuarterIsAtSelfAssessmentWithApprovedPlansAndNothingAppraised() {
        assertThat(runAs(actors.account("canbo"), () -> planning.mine(WORKING)).orElseThrow().status())
                .isEqualTo(PlanStatus.APPROVED);
        assertThat(count("select count(*) from self_assessment where period_year = 2026 and period_quarter = 3"
                + " and status <> 'DRAFT'")).isZero();
        assertThat(count("select count(*) from quarter_rating where period_year = 2026 and period_quarter = 3"))
                .isZero();
    }

    @Test
    void theQuarterBeforeItAwaitsTheAuthoritysDecisions() {
        DecisionBoard board = runAs(actors.account("thamquyen"), () -> decisions.board(AT_DECISION));

        List<DecisionBoard.Row> toDecide = board.groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.canDecide() && row.rating() == null && row.suggestion() != null).toList();
        assertThat(toDecide).hasSizeGreaterThan(3);
        assertThat(count("select count(*) from quarter_rating where period_year = 2026 and period_quarter = 2"))
                .isZero();
    }

    @Test
    void theQuarterBeforeThatIsAnnouncedWithItsComplaintWindowOpen() {
        List<OwnResult> results = runAs(actors.account("canbo"), () -> announcements.myResults());

        assertThat(results).filteredOn(result -> result.year() == 2026 && result.quarter() == 1).singleElement()
                .satisfies(result -> {
                    assertThat(result.mayComplain()).isTrue();
                    assertThat(result.lastComplaintDay()).isAfterOrEqualTo(START);
                });
    }

    @Test
    void everyHistorySelfAssessmentShowsOneTotalOnItsPageInTheListAndAsStored() {
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select sa.id, sa.period_quarter, sa.submitted_total, c.code from self_assessment sa
                join org_cadre c on c.id = sa.cadre_id
                where sa.period_year = 2026 and sa.period_quarter in (1, 2)""");
        assertThat(stored).hasSizeGreaterThan(60);
        for (Map<String, Object> row : stored) {
            Quarter quarter = new Quarter(2026, ((Number) row.get("period_quarter")).intValue());
            long id = ((Number) row.get("id")).longValue();
            var cadre = actors.cadre((String) row.get("code"));
            SelfAssessmentView page = runAs(cadre, () -> selfAssessments.get(id));
            SelfAssessmentSummary listed = runAs(cadre, () -> selfAssessments.mine()).stream()
                    .filter(summary -> summary.quarter().equals(quarter)).findFirst().orElseThrow();

            assertThat(page.total()).as("self-assessment %s", id).isEqualByComparingTo(listed.submittedTotal())
                    .isEqualByComparingTo((java.math.BigDecimal) row.get("submitted_total"));
        }
    }

    @Test
    void noPeerGroupHasMoreAnnouncedExcellentRatingsThanItsPlaces() {
        DecisionBoard board = runAs(actors.account("thamquyen"), () -> decisions.board(ANNOUNCED));

        assertThat(board.groups()).isNotEmpty().allSatisfy(group -> assertThat(group.excellentDecided())
                .as("peer group %s", group.key()).isLessThanOrEqualTo(group.places()));
        long decidedExcellent = count("select count(*) from quarter_rating where period_year = 2026"
                + " and period_quarter = 1 and decided_level = 'EXCELLENT'");
        long suggestedExcellent = count("select count(*) from appraisal ap join self_assessment sa"
                + " on sa.id = ap.self_assessment_id where sa.period_year = 2026 and sa.period_quarter = 1"
                + " and ap.proposed_level = 'EXCELLENT'");
        assertThat(decidedExcellent).isPositive().isLessThan(suggestedExcellent);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
