package vn.danhgia.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.appraisal.AppraisalContent;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.reporting.dashboard.DashboardFigures.Difference;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §2: the dashboard's kept figures stay equal to what the source rows give after every kind of change —
 * ratings decided, proposed and decided again (the decision module's entity), self-assessments submitted in bulk with
 * SQL and returned for revision, appraisals completed — and the dashboard read from them equals the one counted from
 * the source rows, for the personnel office (Phòng Kinh tế, VPUB-NB.KT) and the administrator. Quarters of 2063–2064,
 * which no other test uses.
 */
@DemoDataTest
@Tag("persistence")
class DashboardFiguresTests {

    private static final Quarter FIRST = new Quarter(2063, 1);
    private static final List<String> CADRES = List.of("NB013", "NB014", "NB015");

    @Autowired
    DashboardFigures figures;

    @Autowired
    DashboardService dashboards;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AppraisalService appraisals;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    private RatingFixture ratings;
    private LocalDate dayBefore;

    @BeforeEach
    void theUnit() {
        dayBefore = clock.today();
        ratings = new RatingFixture(context);
        removeTheYears();
        clock.setDate(LocalDate.of(2064, 12, 20));
    }

    @AfterEach
    void removeTheYears() {
        for (Quarter quarter = FIRST; quarter.year() <= 2064; quarter = quarter.next()) {
            ratings.clean(quarter);
        }
        String assessments = "select id from self_assessment where period_year in (2063, 2064)";
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where"
                + " self_assessment_id in (" + assessments + "))");
        jdbc.update("delete from appraisal where self_assessment_id in (" + assessments + ")");
        for (String table : List.of("self_assessment_task", "self_assessment_criterion", "self_assessment_axis")) {
            jdbc.update("delete from " + table + " where assessment_id in (" + assessments + ")");
        }
        jdbc.update("delete from self_assessment where period_year in (2063, 2064)");
        for (Quarter quarter = FIRST; quarter.year() <= 2064; quarter = quarter.next()) {
            figures.recomputeQuarter(quarter);
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void everyWriterKeepsTheFiguresEqualToTheSourceRows() {
        Actor tochuc = actors.account("tochuc");
        ratings.decided("NB013", FIRST, RatingLevel.GOOD);
        long proposed = ratings.proposed("NB014", FIRST, RatingLevel.EXCELLENT);
        assertKept(FIRST);
        assertThat(ratings.decideAgain(proposed, RatingLevel.COMPLETED)).isNull();
        assertKept(FIRST);
        assertThat(TestActors.runAs(tochuc, () -> dashboards.dashboard("2063-Q1", null)).outliers().stream()
                .mapToLong(row -> row.count(RatingLevel.COMPLETED)).sum()).isEqualTo(1);

        SubmittedSelfAssessments submitted = new SubmittedSelfAssessments(jdbc, organization, access);
        long first = submitted.submitted("NB013", FIRST, 0, true, "GOOD");
        long second = submitted.submitted("NB015", FIRST, 0, true, "GOOD");
        figures.recomputeQuarter(FIRST);
        assertKept(FIRST);
        assertThat(scored(FIRST)).isEqualTo(2);

        AppraisalView opened = TestActors.runAs(tochuc, () -> appraisals.open(first));
        AppraisalView withLevel = TestActors.runAs(tochuc, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, opened.suggestedLevel().name(), null)));
        TestActors.runAs(tochuc, () -> appraisals.complete(withLevel.id(), withLevel.version()));
        assertKept(FIRST);
        long version = jdbc.queryForObject("select version from self_assessment where id = ?", Long.class, second);
        TestActors.runAs(actors.account("truongphong"), () -> selfAssessments.returnForRevision(second, version,
                "Bổ sung minh chứng"));
        assertKept(FIRST);
        assertThat(scored(FIRST)).isEqualTo(1);
    }

    /** Random decisions over three cadres and eight quarters (fixed seed): after each, kept equals rebuilt. */
    @Test
    void randomDecisionsKeepTheFiguresEqualToTheSourceRows() {
        Random random = new Random(15);
        Map<String, Long> rated = new HashMap<>();
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter quarter = FIRST; quarter.year() <= 2064; quarter = quarter.next()) {
            quarters.add(quarter);
        }
        RatingLevel[] levels = RatingLevel.values();
        for (int step = 0; step < 30; step++) {
            Quarter quarter = quarters.get(random.nextInt(quarters.size()));
            String cadre = CADRES.get(random.nextInt(CADRES.size()));
            RatingLevel level = levels[random.nextInt(levels.length)];
            String key = cadre + "@" + quarter;
            Long rating = rated.get(key);
            if (rating == null) {
                rated.put(key, random.nextBoolean() ? ratings.decided(cadre, quarter, level)
                        : ratings.proposed(cadre, quarter, level));
            } else {
                ratings.decideAgain(rating, level);
            }
            assertKept(quarter);
        }
        assertThat(rated).isNotEmpty();
    }

    private void assertKept(Quarter quarter) {
        List<Difference> ours = figures.check().stream()
                .filter(difference -> difference.unitQuarter().year() >= 2063
                        && difference.unitQuarter().year() <= 2064)
                .toList();
        assertThat(ours).isEmpty();
        String key = QuarterParameter.format(quarter);
        for (Actor reader : List.of(actors.account("tochuc"), actors.account("admin"))) {
            assertThat(TestActors.runAs(reader, () -> dashboards.dashboard(key, ratings.unitId())))
                    .isEqualTo(TestActors.runAs(reader, () -> dashboards.dashboardFromSourceRows(key,
                            ratings.unitId())));
            assertThat(TestActors.runAs(reader, () -> dashboards.dashboard(key, null)))
                    .isEqualTo(TestActors.runAs(reader, () -> dashboards.dashboardFromSourceRows(key, null)));
        }
    }

    private long scored(Quarter quarter) {
        return TestActors.runAs(actors.account("tochuc"), () -> dashboards.dashboard(QuarterParameter.format(quarter),
                ratings.unitId())).scores().stream().mapToLong(Dashboard.BandCount::count).sum();
    }
}
