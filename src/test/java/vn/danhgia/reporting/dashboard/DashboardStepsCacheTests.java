package vn.danhgia.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.danhgia.assessment.SelfAssessmentFixture;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.decision.DeferralKind;
import vn.danhgia.decision.DeferralService;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.AppointmentId;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.NewPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.Actor;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §2 "keep figures correct at every moment": the dashboard's steps, served again while nothing they count has
 * changed ({@link DashboardStepsCache}), are counted again after each kind of change — a decision, a plan submitted and
 * approved (a draft saved changes nothing), self-assessments written in bulk, an appraisal completed, a self-assessment
 * returned, an extension of a deadline, a deferral, a posting ended, a position moved to another unit — and equal at
 * every moment what the source rows give and the progress board lists; and each change did move the figure checked,
 * so a stale count could not pass. Seed 002 §4 Bước 1–6 are the steps. The quarter II/2067 of the demo's Phòng Kinh tế.
 */
@DemoDataTest
@Tag("persistence")
class DashboardStepsCacheTests {

    private static final Quarter QUARTER = new Quarter(2067, 2);
    private static final String KEY = QuarterParameter.format(QUARTER);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardFigures figures;

    @Autowired
    ProgressBoardService boards;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AppraisalService appraisals;

    @Autowired
    DeferralService deferrals;

    @Autowired
    DeadlineExtensions extensions;

    @Autowired
    PlanningService planning;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    private RatingFixture ratings;
    private LocalDate dayBefore;
    private Long endedAppointment;
    private Long movedPosition;
    private long movedFrom;

    @BeforeEach
    void theQuarter() {
        dayBefore = clock.today();
        ratings = new RatingFixture(context);
        removeTheQuarter();
        clock.setDate(LocalDate.of(2067, 6, 20));
    }

    @AfterEach
    void removeTheQuarter() {
        if (endedAppointment != null) {
            jdbc.update("update org_appointment set end_date = null where id = ?", endedAppointment);
            endedAppointment = null;
        }
        if (movedPosition != null) {
            jdbc.update("update org_position set unit_id = ? where id = ?", movedFrom, movedPosition);
            movedPosition = null;
        }
        ratings.clean(QUARTER);
        jdbc.update("delete from rating_deferral where period_year = 2067");
        jdbc.update("delete from deadline_extension where period_year = 2067");
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal where"
                + " self_assessment_id in (select id from self_assessment where period_year = 2067))");
        jdbc.update("delete from appraisal where self_assessment_id in"
                + " (select id from self_assessment where period_year = 2067)");
        new SelfAssessmentFixture(jdbc, organization, access).clean(List.of("NB013", "NB014", "NB015"),
                List.of(QUARTER));
        figures.recomputeQuarter(QUARTER);
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void everyChangeToWhatTheStepsCountIsCountedAgain() {
        Actor tochuc = actors.account("tochuc");
        Actor truongphong = actors.account("truongphong");
        Dashboard start = fresh();
        assertThat(fresh()).isEqualTo(start);

        ratings.decided("NB013", QUARTER, RatingLevel.GOOD);
        Dashboard decided = fresh();
        assertThat(done(decided, DashboardStep.DECIDED)).isEqualTo(done(start, DashboardStep.DECIDED) + 1);

        Actor canbo = actors.account("canbo");
        WorkPlanView plan = TestActors.runAs(canbo, () -> planning.open(QUARTER));
        WorkPlanView saved = TestActors.runAs(canbo, () -> planning.saveDraft(plan.id(), plan.version(),
                new PlanDraft(Map.of(1, new BigDecimal("70"), 2, BigDecimal.ZERO, 3, BigDecimal.ZERO,
                        4, BigDecimal.ZERO, 5, BigDecimal.ZERO, 6, BigDecimal.ZERO), List.of(new PlanTaskInput(1, null,
                        "Báo cáo tình hình kinh tế - xã hội quý II/2067", "Báo cáo", BigDecimal.ONE, BigDecimal.ONE,
                        LocalDate.of(2067, 6, 25))))));
        assertThat(fresh()).isEqualTo(decided);
        WorkPlanView sent = TestActors.runAs(canbo, () -> planning.submit(saved.id(), saved.version()));
        Dashboard planSent = fresh();
        assertThat(done(planSent, DashboardStep.PLAN_SUBMITTED))
                .isEqualTo(done(decided, DashboardStep.PLAN_SUBMITTED) + 1);
        TestActors.runAs(truongphong, () -> planning.approve(sent.id(), sent.version(), "Đồng ý"));
        Dashboard planApproved = fresh();
        assertThat(done(planApproved, DashboardStep.PLAN_APPROVED))
                .isEqualTo(done(planSent, DashboardStep.PLAN_APPROVED) + 1);

        SubmittedSelfAssessments submitted = new SubmittedSelfAssessments(jdbc, organization, access);
        long first = submitted.submitted("NB014", QUARTER, 0, true, "GOOD");
        long second = submitted.submitted("NB015", QUARTER, 0, true, "GOOD");
        figures.recomputeQuarter(QUARTER);
        Dashboard written = fresh();
        assertThat(done(written, DashboardStep.SELF_ASSESSMENT_SUBMITTED))
                .isEqualTo(done(planApproved, DashboardStep.SELF_ASSESSMENT_SUBMITTED) + 2);

        AppraisalView opened = TestActors.runAs(tochuc, () -> appraisals.open(first));
        AppraisalView withLevel = TestActors.runAs(tochuc, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, opened.suggestedLevel().name(), null)));
        TestActors.runAs(tochuc, () -> appraisals.complete(withLevel.id(), withLevel.version()));
        Dashboard appraised = fresh();
        assertThat(done(appraised, DashboardStep.APPRAISED)).isEqualTo(done(written, DashboardStep.APPRAISED) + 1);

        long version = jdbc.queryForObject("select version from self_assessment where id = ?", Long.class, second);
        TestActors.runAs(truongphong, () -> selfAssessments.returnForRevision(second, version, "Bổ sung minh chứng"));
        Dashboard returned = fresh();
        assertThat(done(returned, DashboardStep.SELF_ASSESSMENT_SUBMITTED))
                .isEqualTo(done(appraised, DashboardStep.SELF_ASSESSMENT_SUBMITTED) - 1);

        // Submitted on the quarter's last day, after the scheme's deadline: late until the deadline is extended.
        assertThat(late(returned, DashboardStep.SELF_ASSESSMENT_SUBMITTED)).isPositive();
        TestActors.runAs(truongphong, () -> extensions.grant(new CadreId(ratings.cadre("NB014")),
                DeadlineStep.SELF_ASSESSMENT, QUARTER, QUARTER.lastDay().plusDays(5), "Ốm đau có giấy xác nhận", null));
        Dashboard extended = fresh();
        assertThat(late(extended, DashboardStep.SELF_ASSESSMENT_SUBMITTED))
                .isEqualTo(late(returned, DashboardStep.SELF_ASSESSMENT_SUBMITTED) - 1);

        TestActors.runAs(tochuc, () -> deferrals.defer(ratings.cadre("NB015"), QUARTER.year(), QUARTER.number(),
                DeferralKind.SICK_OR_MATERNITY_LEAVE, "Nghỉ ốm dài ngày", null));
        Dashboard deferred = fresh();
        assertThat(deferred.deferred()).isEqualTo(extended.deferred() + 1);
        assertThat(deferred.people()).isEqualTo(extended.people() - 1);

        endedAppointment = jdbc.queryForObject("select a.id from org_appointment a"
                + " join org_cadre c on c.id = a.cadre_id where c.code = 'NB014' and a.end_date is null"
                + " order by a.id fetch first 1 rows only", Long.class);
        organizationService.endAppointment(new AppointmentId(endedAppointment), LocalDate.of(2067, 6, 10));
        Dashboard ended = fresh();
        assertThat(ended.people()).isEqualTo(deferred.people() - 1);

        // NB015's position moved to another unit: she is no longer among the department's deferred.
        Map<String, Object> position = jdbc.queryForMap("select p.id, p.code, p.title, p.position_rank, p.track,"
                + " p.unit_id, p.leader, p.version from org_position p join org_appointment a on a.position_id = p.id"
                + " join org_cadre c on c.id = a.cadre_id where c.code = 'NB015' and a.end_date is null"
                + " and p.unit_id = ?", ratings.unitId());
        movedPosition = ((Number) position.get("id")).longValue();
        movedFrom = ((Number) position.get("unit_id")).longValue();
        long elsewhere = organization.unitByCode("VPUB-NB.TH").orElseThrow().id().value();
        NewPosition elsewhereNow = new NewPosition((String) position.get("code"), (String) position.get("title"),
                PositionRank.valueOf((String) position.get("position_rank")),
                PositionTrack.valueOf((String) position.get("track")), new UnitId(elsewhere),
                (Boolean) position.get("leader"));
        organizationService.changePosition(new PositionId(movedPosition),
                ((Number) position.get("version")).longValue(), elsewhereNow);
        Dashboard moved = fresh();
        assertThat(moved.deferred()).isEqualTo(ended.deferred() - 1);
    }

    /**
     * The dashboard of the administrator (whole province) and of the personnel office (its units), each equal to the
     * source rows.
     */
    private Dashboard fresh() {
        Actor tochuc = actors.account("tochuc");
        Dashboard office = TestActors.runAs(tochuc, () -> dashboards.dashboard(KEY, ratings.unitId()));
        assertThat(office).isEqualTo(TestActors.runAs(tochuc,
                () -> dashboards.dashboardFromSourceRows(KEY, ratings.unitId())));
        // One truth: the progress board of the same unit lists the same people, the deferred among them.
        long listed = TestActors.runAs(tochuc,
                () -> boards.board(new ProgressFilter(QUARTER, ratings.unitId(), null, "", 1))).all();
        assertThat(office.people() + office.deferred()).isEqualTo(listed);
        Actor admin = actors.account("admin");
        assertThat(TestActors.runAs(admin, () -> dashboards.dashboard(KEY, null)))
                .isEqualTo(TestActors.runAs(admin, () -> dashboards.dashboardFromSourceRows(KEY, null)));
        return office;
    }

    private static long done(Dashboard dashboard, DashboardStep step) {
        return progress(dashboard, step).done();
    }

    private static long late(Dashboard dashboard, DashboardStep step) {
        return progress(dashboard, step).doneLate();
    }

    private static Dashboard.StepProgress progress(Dashboard dashboard, DashboardStep step) {
        return dashboard.steps().stream().filter(each -> each.step() == step).findFirst().orElseThrow();
    }
}
