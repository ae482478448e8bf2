package vn.danhgia.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.dashboard.Dashboard.LevelRow;
import vn.danhgia.reporting.dashboard.Dashboard.OutlierRow;
import vn.danhgia.reporting.dashboard.Dashboard.StepProgress;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The dashboard's numbers against records written here for quarter I/2035 and IV/2034, which no other test uses
 * (removed after): decided levels per unit and over the quarters, the score bands, self-proposed against decided
 * levels (seed 002 §6: a head who proposes higher than decided is accountable, so the discrepancy is shown), the steps
 * against the scheme's deadlines (seed 002 §4 Bước 1–6), the people behind each number, and who may see what. The day
 * is 10/04/2035, after the quarter.
 */
@DemoDataTest
class DashboardTests {

    private static final Quarter QUARTER = new Quarter(2035, 1);
    private static final String KEY = "2035-Q1";

    @Autowired
    DashboardService dashboards;

    @Autowired
    ProgressBoardService boards;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    MockMvc mvc;

    @Autowired
    DashboardFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    private LocalDate dayBefore;

    @BeforeEach
    void recordsOfQuarterOne2035() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2035, 4, 10));
        // Phòng Kinh tế: the head proposed EXCELLENT for himself and was decided GOOD after an appraisal to 88.
        quarter("NB013", "VPUB-NB.KT", 2035, 1, "92.50", "2035-03-10", "88.00", "ANNOUNCED", "EXCELLENT", "GOOD");
        quarter("NB014", "VPUB-NB.KT", 2035, 1, "75.00", "2035-03-12", null, "DECIDED", "GOOD", "GOOD");
        quarter("NB015", "VPUB-NB.KT", 2035, 1, "95.00", "2035-03-11", "95.00", "ANNOUNCED", "EXCELLENT", "EXCELLENT");
        // Phòng Khoa giáo – Văn xã: submitted after the deadline, proposed GOOD, decided COMPLETED.
        quarter("NB016", "VPUB-NB.KGVX", 2035, 1, "68.40", "2035-04-05", null, "DECIDED", "GOOD", "COMPLETED");
        // Phòng Nội chính: only proposed so far; a cancelled rating of another cadre counts nowhere.
        quarter("NB020", "VPUB-NB.NC", 2035, 1, "55.00", "2035-03-14", null, "PROPOSED", "COMPLETED", null);
        rating("NB021", "VPUB-NB.NC", 2035, 1, "CANCELLED", "EXCELLENT", "EXCELLENT");
        // The Phó Chánh Văn phòng is rated in the office itself, with no level of her own proposed.
        rating("NB002", "VPUB-NB", 2035, 1, "DECIDED", null, "GOOD");
        // Seed 002 §7 d): rating deferred to the next quarter.
        jdbc.sql("""
                insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected, marked_by,
                                             marked_at, version)
                values (:cadre, 2035, 1, 'TRAINING', 'Đi học lớp bồi dưỡng 3 tháng', false, 'test',
                        current_timestamp, 0)
                """).param("cadre", cadreId("NB017")).update();
        // The quarter before, for the trend.
        rating("NB013", "VPUB-NB.KT", 2034, 4, "ANNOUNCED", "GOOD", "GOOD");
        rating("NB014", "VPUB-NB.KT", 2034, 4, "ANNOUNCED", "GOOD", "COMPLETED");
        keepFigures();
    }

    /** The records here are written with SQL, as a bulk load would: their writer recomputes the kept figures. */
    private void keepFigures() {
        figures.recomputeQuarter(QUARTER);
        figures.recomputeQuarter(QUARTER.previous());
    }

    @AfterEach
    void removeRecords() {
        jdbc.sql("delete from rating_deferral where period_year = 2035").update();
        jdbc.sql("delete from deadline_extension where period_year = 2035").update();
        jdbc.sql("delete from quarter_rating where period_year in (2034, 2035)").update();
        jdbc.sql("delete from appraisal where self_assessment_id in"
                + " (select id from self_assessment where period_year = 2035)").update();
        jdbc.sql("delete from self_assessment where period_year = 2035").update();
        keepFigures();
        clock.setDate(dayBefore);
    }

    @Test
    void levelsPerUnitCountTheDecidedLevelsOfEachUnitWithTheUnitsBelowIt() {
        Dashboard dashboard = as("tochuc", KEY, null);

        Map<String, LevelRow> byUnit = byName(dashboard.byUnit());
        assertThat(byUnit.get("Phòng Kinh tế").counts()).isEqualTo(Map.of(RatingLevel.EXCELLENT, 1L,
                RatingLevel.GOOD, 2L));
        assertThat(byUnit.get("Phòng Khoa giáo – Văn xã").counts()).isEqualTo(Map.of(RatingLevel.COMPLETED, 1L));
        assertThat(byUnit.get("Phòng Nội chính").total()).isZero();
        LevelRow office = byUnit.get("Văn phòng UBND tỉnh Ninh Bình");
        assertThat(office.unitOnly()).isTrue();
        assertThat(office.counts()).isEqualTo(Map.of(RatingLevel.GOOD, 1L));
    }

    @Test
    void theTrendGivesTwelveQuartersEndingWithTheChosenOne() {
        Dashboard dashboard = as("tochuc", KEY, null);

        assertThat(dashboard.byQuarter()).hasSize(12);
        assertThat(dashboard.byQuarter().get(0).quarter()).isEqualTo(new Quarter(2032, 2));
        LevelRow last = dashboard.byQuarter().get(11);
        assertThat(last.quarter()).isEqualTo(QUARTER);
        assertThat(last.counts()).isEqualTo(Map.of(RatingLevel.EXCELLENT, 1L, RatingLevel.GOOD, 3L,
                RatingLevel.COMPLETED, 1L));
        assertThat(dashboard.byQuarter().get(10).counts()).isEqualTo(Map.of(RatingLevel.GOOD, 1L,
                RatingLevel.COMPLETED, 1L));
    }

    @Test
    void scoresFallInBandsByTheAppraisedTotalOnceAppraised() {
        Dashboard dashboard = as("tochuc", KEY, null);

        Map<ScoreBand, Long> bands = dashboard.scores().stream()
                .collect(Collectors.toMap(Dashboard.BandCount::band, Dashboard.BandCount::count));
        // 92.50 self-scored but appraised to 88.00: in 80 – under 90.
        assertThat(bands).isEqualTo(Map.of(ScoreBand.BELOW_50, 0L, ScoreBand.FROM_50, 1L, ScoreBand.FROM_60, 1L,
                ScoreBand.FROM_70, 1L, ScoreBand.FROM_80, 1L, ScoreBand.FROM_90, 1L, ScoreBand.FROM_100, 0L));
    }

    @Test
    void theOutlierMatrixCountsSelfProposedAgainstDecidedLevels() {
        Dashboard dashboard = as("tochuc", KEY, null);

        Map<RatingLevel, OutlierRow> rows = dashboard.outliers().stream().filter(row -> row.proposed() != null)
                .collect(Collectors.toMap(OutlierRow::proposed, Function.identity()));
        assertThat(rows.get(RatingLevel.EXCELLENT).decided()).isEqualTo(Map.of(RatingLevel.EXCELLENT, 1L,
                RatingLevel.GOOD, 1L));
        assertThat(rows.get(RatingLevel.GOOD).decided()).isEqualTo(Map.of(RatingLevel.GOOD, 1L,
                RatingLevel.COMPLETED, 1L));
        assertThat(dashboard.outliers().get(4).proposed()).isNull();
        assertThat(dashboard.outliers().get(4).decided()).isEqualTo(Map.of(RatingLevel.GOOD, 1L));
        assertThat(dashboard.proposedHigher()).isEqualTo(2);
    }

    @Test
    void stepsCountDoneLateAndPendingAgainstTheSchemesDeadlines() {
        Dashboard dashboard = as("tochuc", KEY, null);
        long posted = TestActors.runAs(actors.account("tochuc"),
                () -> boards.board(new ProgressFilter(QUARTER, null, null, "", 1))).all();

        // The progress board lists everyone posted; the deferred cadre is left out of the steps.
        assertThat(dashboard.deferred()).isEqualTo(1);
        assertThat(dashboard.people()).isEqualTo(posted - 1);
        Map<DashboardStep, StepProgress> steps = dashboard.steps().stream()
                .collect(Collectors.toMap(StepProgress::step, Function.identity()));
        StepProgress assessed = steps.get(DashboardStep.SELF_ASSESSMENT_SUBMITTED);
        LocalDate deadline = schemes.inForce(QUARTER.firstDay()).orElseThrow()
                .lastDayInTime(DeadlineStep.SELF_ASSESSMENT, QUARTER).orElseThrow();
        assertThat(assessed.deadline()).isEqualTo(deadline);
        assertThat(assessed.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2035, 4, 10), deadline))
                .isNegative();
        assertThat(assessed.done()).isEqualTo(5);
        assertThat(assessed.doneLate()).isEqualTo(1);
        assertThat(assessed.pending()).isEqualTo(dashboard.people() - 5);
        assertThat(assessed.overdue()).isTrue();
        assertThat(steps.get(DashboardStep.APPRAISED).done()).isEqualTo(2);
        assertThat(steps.get(DashboardStep.DECIDED).done()).isEqualTo(5);
        assertThat(steps.get(DashboardStep.ANNOUNCED).done()).isEqualTo(2);
        assertThat(steps.get(DashboardStep.ANNOUNCED).deadline()).isNull();
        assertThat(steps.get(DashboardStep.ANNOUNCED).overdue()).isFalse();
    }

    /** Issue 12: an extension (gia hạn) of a cadre's self-assessment deadline moves when their submission is late. */
    @Test
    void anExtensionOfTheDeadlineMakesTheLateSubmissionInTime() {
        jdbc.sql("""
                insert into deadline_extension (cadre_id, step, period_year, period_quarter, last_day, late_from,
                                                reason, granted_by, granted_at, version)
                values (:cadre, 'SELF_ASSESSMENT', 2035, 1, date '2035-04-07', timestamp '2035-04-08 00:00:00',
                        'Ốm dài ngày', 'test', current_timestamp, 0)
                """).param("cadre", cadreId("NB016")).update();

        StepProgress assessed = as("tochuc", KEY, null).steps().stream()
                .filter(step -> step.step() == DashboardStep.SELF_ASSESSMENT_SUBMITTED).findFirst().orElseThrow();
        assertThat(assessed.done()).isEqualTo(5);
        assertThat(assessed.doneLate()).isZero();
    }

    @Test
    void eachNumberOpensThePeopleBehindIt() {
        long kt = unitId("VPUB-NB.KT");
        assertThat(names(people("tochuc", KEY, kt, null, "GOOD", null, null, null)))
                .containsExactly("Lương Thị Mai", "Trịnh Đình Phong");
        assertThat(names(people("tochuc", KEY, null, null, "GOOD", "EXCELLENT", null, null)))
                .containsExactly("Trịnh Đình Phong");
        assertThat(names(people("tochuc", KEY, null, null, "GOOD", "NONE", null, null)))
                .containsExactly("Phạm Thị Thu Hà");
        assertThat(names(people("tochuc", KEY, null, null, null, null, "FROM_80", null)))
                .containsExactly("Trịnh Đình Phong");
        assertThat(names(people("tochuc", "2034-Q4", null, null, "COMPLETED", null, null, null)))
                .containsExactly("Lương Thị Mai");
        // The office's own bar holds only the office's own cadres, not those of its departments.
        assertThat(names(people("tochuc", KEY, unitId("VPUB-NB"), true, "GOOD", null, null, null)))
                .containsExactly("Phạm Thị Thu Hà");
        assertThat(names(people("tochuc", KEY, unitId("VPUB-NB"), null, "GOOD", null, null, null)))
                .containsExactly("Phạm Thị Thu Hà", "Lương Thị Mai", "Trịnh Đình Phong");
        // Not submitted in Phòng Nội chính: the two deputies, not the head who submitted.
        List<String> pending = names(people("tochuc", KEY, unitId("VPUB-NB.NC"), null, null, null, null,
                "SELF_ASSESSMENT_SUBMITTED"));
        assertThat(pending).contains("Cao Thị Ngọc Ánh", "Nguyễn Thị Thúy Hằng").doesNotContain("Phan Anh Dũng");
        // The deferred cadre is not pending.
        assertThat(names(people("tochuc", KEY, unitId("VPUB-NB.KGVX"), null, null, null, null, "DECIDED")))
                .doesNotContain("Võ Thành Trung", "Mai Thị Phương Thảo");
    }

    /** One truth: each number of the dashboard is the count of the people its drill-down lists. */
    @Test
    void eachNumberIsTheCountOfItsDrillDown() {
        Dashboard dashboard = as("tochuc", KEY, null);

        Map<RatingLevel, Long> decided = dashboard.byQuarter().get(dashboard.byQuarter().size() - 1).counts();
        assertThat(decided).isNotEmpty();
        decided.forEach((level, count) -> assertThat(
                people("tochuc", KEY, null, null, level.name(), null, null, null).matching())
                .as("decided %s", level).isEqualTo(count));
        for (StepProgress step : dashboard.steps()) {
            assertThat(people("tochuc", KEY, null, null, null, null, null, step.step().name()).matching())
                    .as("not done: %s", step.step()).isEqualTo(step.pending());
        }
    }

    /** The drill-down reads each person's records only for the people it lists: they are the quarter's own. */
    @Test
    void eachPersonListedCarriesTheirRecordsOfTheQuarter() {
        DashboardPeople good = people("tochuc", KEY, null, null, "GOOD", null, null, null);
        assertThat(good.matching()).isEqualTo(good.people().size()).isPositive();
        for (DashboardPerson person : good.people()) {
            Map<String, Object> records = jdbc.sql("""
                    select u.name as unit_name, r.decided_level, r.status,
                           coalesce(r.self_proposed_level, sa.proposed_level) as proposed_level,
                           coalesce(case when ap.status = 'COMPLETED' then ap.appraised_total end, sa.submitted_total)
                               as score
                    from quarter_rating r join org_unit u on u.id = r.unit_id
                    left join self_assessment sa on sa.cadre_id = r.cadre_id and sa.period_year = r.period_year
                                                and sa.period_quarter = r.period_quarter
                    left join appraisal ap on ap.self_assessment_id = sa.id
                    where r.live_cadre_id = :cadre and r.period_year = 2035 and r.period_quarter = 1
                    """).param("cadre", person.cadreId()).query().singleRow();
            assertThat(person.unitName()).isEqualTo(records.get("unit_name"));
            assertThat(person.decidedLevel()).isEqualTo(records.get("decided_level")).isEqualTo("GOOD");
            assertThat(person.ratingStatus()).isEqualTo(records.get("status"));
            assertThat(person.proposedLevel()).isEqualTo(records.get("proposed_level"));
            BigDecimal score = (BigDecimal) records.get("score");
            assertThat(person.score() == null ? null : person.score().stripTrailingZeros())
                    .isEqualTo(score == null ? null : score.stripTrailingZeros());
        }
        // Without a self-assessment or a rating of the quarter, a person is placed by their main post.
        DashboardPeople pending = people("tochuc", KEY, unitId("VPUB-NB.NC"), null, null, null, null,
                "SELF_ASSESSMENT_SUBMITTED");
        assertThat(pending.people()).filteredOn(person -> person.fullName().equals("Cao Thị Ngọc Ánh"))
                .singleElement().satisfies(person -> {
                    assertThat(person.unitName()).isEqualTo("Phòng Nội chính");
                    assertThat(person.score()).isNull();
                    assertThat(person.decidedLevel()).isNull();
                });
    }

    @Test
    void aUnitHeadSeesTheUnitsTheyLead() {
        Dashboard dashboard = as("truongphong", KEY, null);

        // He heads the department and its party cell: a bar for each.
        assertThat(dashboard.byUnit()).extracting(LevelRow::unitName)
                .containsExactly("Phòng Kinh tế", "Chi bộ Phòng Kinh tế");
        assertThat(dashboard.byUnit().get(0).counts()).isEqualTo(Map.of(RatingLevel.EXCELLENT, 1L,
                RatingLevel.GOOD, 2L));
        assertThat(dashboard.byQuarter().get(11).total()).isEqualTo(3);
        assertThat(dashboard.byUnit().get(1).total()).isZero();
    }

    @Test
    void anAuthoritySeesTheCadresItManages() {
        // Seed 000 §III.1.1: the office leadership decides for the Phó Chánh Văn phòng and the heads of departments,
        // not for their deputies.
        Actor authority = actors.cadre("NB001", Role.AUTHORITY);
        Dashboard dashboard = TestActors.runAs(authority, () -> dashboards.dashboard(KEY, null));

        assertThat(dashboard.byQuarter().get(11).counts()).isEqualTo(Map.of(RatingLevel.GOOD, 2L,
                RatingLevel.COMPLETED, 1L));
        assertThat(dashboard.proposedHigher()).isEqualTo(2);
        DashboardPeople people = TestActors.runAs(authority, () -> dashboards.people(
                DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, QUARTER)));
        assertThat(names(people)).containsExactly("Phạm Thị Thu Hà", "Trịnh Đình Phong");
    }

    @Test
    void aStrangersUnitChoiceNeverWidensTheirScope() {
        // The head of another department asks for Phòng Kinh tế: the unit narrows, it does not open.
        Actor stranger = actors.cadre("NB020", Role.UNIT_HEAD);
        Dashboard dashboard = TestActors.runAs(stranger, () -> dashboards.dashboard(KEY, unitId("VPUB-NB.KT")));

        assertThat(dashboard.byUnit()).allMatch(row -> row.total() == 0);
        assertThat(dashboard.byQuarter()).allMatch(row -> row.total() == 0);
        assertThat(dashboard.scores()).allMatch(band -> band.count() == 0);
        assertThat(dashboard.people()).isZero();
        DashboardPeople people = TestActors.runAs(stranger, () -> dashboards.people(
                DashboardSlice.parse(KEY, unitId("VPUB-NB.KT"), null, "GOOD", null, null, null, QUARTER)));
        assertThat(people.people()).isEmpty();
        assertThat(people.matching()).isZero();
    }

    @Test
    void theAdministratorSeesTheWholeProvince() {
        Dashboard dashboard = as("admin", KEY, null);

        assertThat(dashboard.byQuarter().get(11).total()).isEqualTo(5);
        // Bars one level below the province's top units: the office holds all five.
        Map<String, LevelRow> byUnit = byName(dashboard.byUnit());
        assertThat(byUnit.get("Ủy ban nhân dân tỉnh Ninh Bình").unitOnly()).isTrue();
        assertThat(byUnit.get("Ủy ban nhân dân tỉnh Ninh Bình").total()).isZero();
        assertThat(byUnit.get("Văn phòng UBND tỉnh Ninh Bình").total()).isEqualTo(5);
        assertThat(byUnit.get("Văn phòng UBND tỉnh Ninh Bình").unitOnly()).isFalse();
    }

    @Test
    void cadresWithoutADashboardRoleAreRefusedAndNothingChanges() throws Exception {
        long ratings = jdbc.sql("select count(*) from quarter_rating").query(Long.class).single();
        for (String username : List.of("canbo", "hoidong", "kiemtra")) {
            assertThatThrownBy(() -> as(username, KEY, null)).isInstanceOf(AccessRefusedException.class);
            mvc.perform(get("/dashboard").with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/dashboard/people").param("decided", "GOOD")
                            .with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value("Bảng điều hành chỉ dành cho cán bộ tổ chức, người đứng "
                            + "đầu đơn vị, cấp có thẩm quyền và quản trị hệ thống."));
        }
        assertThat(jdbc.sql("select count(*) from quarter_rating").query(Long.class).single()).isEqualTo(ratings);
    }

    @Test
    void badFiltersAreABadRequestInVietnamese() throws Exception {
        Actor tochuc = actors.account("tochuc");
        mvc.perform(get("/dashboard").param("quarter", "2035-Q5").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Quý &quot;2035-Q5&quot; không hợp lệ; hãy viết dạng 2026-Q3.")));
        mvc.perform(get("/api/v1/dashboard").param("unit", "999999").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã số 999999."));
        mvc.perform(get("/api/v1/dashboard/people").param("decided", "TOT").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decided"))
                .andExpect(jsonPath("$.errors[0].message").value("Mức xếp loại \"TOT\" không có; hãy chọn "
                        + "EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED."));
        mvc.perform(get("/api/v1/dashboard/people").param("quarter", KEY).with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slice"));
        mvc.perform(get("/dashboard/people").param("band", "FROM_80").param("pending", "DECIDED")
                        .with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("unit", "abc").with(TestActors.as(tochuc)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiGivesTheSameNumbers() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("quarter", KEY).with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter.year").value(2035))
                .andExpect(jsonPath("$.byQuarter[11].counts.GOOD").value(3))
                .andExpect(jsonPath("$.scores[4].band").value("FROM_80"))
                .andExpect(jsonPath("$.scores[4].count").value(1))
                .andExpect(jsonPath("$.outliers[0].proposed").value("EXCELLENT"))
                .andExpect(jsonPath("$.outliers[0].decided.GOOD").value(1));
        mvc.perform(get("/api/v1/dashboard/people").param("quarter", KEY).param("band", "FROM_90")
                        .with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matching").value(1))
                .andExpect(jsonPath("$.people[0].fullName").value("Hà Quốc Bảo"))
                .andExpect(jsonPath("$.people[0].score").value(95.0));
    }

    @Test
    void thePageShowsEveryChartWithItsTableAndLinksToThePeople() throws Exception {
        String page = mvc.perform(get("/dashboard").param("quarter", KEY)
                        .with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/dist/chart.umd.min.js", "/js/dashboard.js",
                "id=\"chart-units\"", "id=\"chart-trend\"", "id=\"chart-scores\"", "id=\"outlier-matrix\"",
                "Bảng điều hành quý I/2035", "Quyết định thấp hơn mức tự đề xuất: 2 người.",
                "hx-get=\"/dashboard/people?quarter=2035-Q1&amp;unit=&amp;proposed=EXCELLENT&amp;decided=GOOD\"");
        assertThat(page).doesNotContain("onclick", "<script>");

        String fragment = mvc.perform(get("/dashboard/people").param("quarter", KEY).param("decided", "EXCELLENT")
                        .header("HX-Request", "true").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Hà Quốc Bảo", "/review/history/" + cadreId("NB015"))
                .doesNotContain("<nav");
    }

    private Dashboard as(String username, String quarter, Long unit) {
        return TestActors.runAs(actors.account(username), () -> dashboards.dashboard(quarter, unit));
    }

    private DashboardPeople people(String username, String quarter, Long unit, Boolean unitOnly, String decided,
                                   String proposed, String band, String pending) {
        return TestActors.runAs(actors.account(username), () -> dashboards.people(DashboardSlice.parse(quarter,
                unit, unitOnly, decided, proposed, band, pending, QUARTER)));
    }

    private static List<String> names(DashboardPeople people) {
        return people.people().stream().map(DashboardPerson::fullName).toList();
    }

    private static Map<String, LevelRow> byName(List<LevelRow> rows) {
        return rows.stream().collect(Collectors.toMap(LevelRow::unitName, Function.identity()));
    }

    /** A submitted self-assessment (appraised when {@code appraised} is given) and a rating of the quarter. */
    private void quarter(String cadreCode, String unitCode, int year, int quarter, String total, String submittedOn,
                         String appraised, String ratingStatus, String proposed, String decided) {
        long cadre = cadreId(cadreCode);
        jdbc.sql("""
                insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                    proposed_level, submitted_total, created_at, submitted_at, version)
                values (:cadre, :unit, :year, :quarter, 'AG-02-HD-TU-2026', 'SUBMITTED', :proposed, :total,
                    :submitted, :submitted, 0)""")
                .param("cadre", cadre).param("unit", unitId(unitCode)).param("year", year).param("quarter", quarter)
                .param("proposed", proposed).param("total", new java.math.BigDecimal(total))
                .param("submitted", java.time.OffsetDateTime.parse(submittedOn + "T09:00:00+07:00")).update();
        if (appraised != null) {
            jdbc.sql("""
                    insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, appraised_total,
                        appraised_by, appraised_at, version)
                    select id, cadre_id, 'COMPLETED', :level, :total, 'tochuc', current_timestamp, 0
                    from self_assessment where cadre_id = :cadre and period_year = :year and period_quarter = :quarter
                    """).param("level", decided).param("total", new java.math.BigDecimal(appraised))
                    .param("cadre", cadre).param("year", year).param("quarter", quarter).update();
        }
        rating(cadreCode, unitCode, year, quarter, ratingStatus, proposed, decided);
    }

    private void rating(String cadreCode, String unitCode, int year, int quarter, String status, String proposed,
                        String decided) {
        long cadre = cadreId(cadreCode);
        jdbc.sql("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, decided_level, decided_at, discrepancy, version)
                values (:cadre, :live, :unit, :year, :quarter, :status, :proposed, :decided, :decidedAt, false, 0)""")
                .param("cadre", cadre).param("live", "CANCELLED".equals(status) ? null : cadre)
                .param("unit", unitId(unitCode)).param("year", year).param("quarter", quarter)
                .param("status", status).param("proposed", proposed).param("decided", decided)
                .param("decidedAt", decided == null ? null : java.time.OffsetDateTime.now(clock)).update();
    }

    private long cadreId(String code) {
        return jdbc.sql("select id from org_cadre where code = :code").param("code", code).query(Long.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = :code").param("code", code).query(Long.class).single();
    }
}
