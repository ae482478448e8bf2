package vn.danhgia.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.dashboard.DashboardPeople;
import vn.danhgia.reporting.dashboard.DashboardPerson;
import vn.danhgia.reporting.dashboard.DashboardService;
import vn.danhgia.reporting.dashboard.DashboardSlice;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The progress board on the demo office in quarter I/2027, which no other test uses: plans and self-assessments are
 * written straight into the tables (the planning and assessment modules are built separately) and removed after.
 * Under AG-02-HD-TU-2026, seed 002 §4 Bước 1: the plan is due "chậm nhất đến ngày 25 tháng cuối của quý trước", so
 * 25/12/2026; Mẫu 03: the self-assessment "trước ngày 30 tháng cuối của mỗi quý", so 29/3/2027.
 */
@DemoDataTest
class ProgressBoardTests {

    private static final Quarter Q1_2027 = new Quarter(2027, 1);
    private static final LocalDate DURING_Q1_2027 = LocalDate.of(2027, 2, 10);

    @Autowired
    ProgressBoardService boards;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private LocalDate dayBefore;

    @BeforeEach
    void duringFirstQuarterOf2027() {
        dayBefore = clock.today();
        clock.setDate(DURING_Q1_2027);
    }

    @AfterEach
    void removeRecordsAndResetClock() {
        jdbc.sql("delete from self_assessment where period_year = 2027 and period_quarter = 1").update();
        jdbc.sql("delete from work_plan where plan_year = 2027 and plan_quarter = 1").update();
        clock.setDate(dayBefore);
    }

    @Test
    void personnelOfficerSeesAllFortyDemoCadresOnce() {
        List<ProgressRow> rows = allRows(actors.account("tochuc"), filter(null, null, ""));

        List<String> codes = rows.stream().map(ProgressRow::cadreCode).filter(code -> code.startsWith("NB")).toList();
        assertThat(codes).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40)
                        .mapToObj(n -> String.format("NB%03d", n)).toList());
    }

    @Test
    void unitHeadSeesOnlyTheirDepartmentAndItsPartyCellInVietnameseNameOrder() {
        ProgressBoard board = boardAs("truongphong", filter(null, null, ""));

        // Hà Quốc Bảo, Lương Thị Mai, Trịnh Đình Phong: by given name.
        assertThat(board.rows()).extracting(ProgressRow::cadreCode).containsExactly("NB015", "NB014", "NB013");
        assertThat(board.units()).extracting(UnitOption::code)
                .containsExactlyInAnyOrder("VPUB-NB.KT", "DU-VPUB-NB.KT");
        assertThat(board.all()).isEqualTo(3);
    }

    @Test
    void aCadreWithSeveralPositionsIsShownOnceWithTheMainOne() {
        ProgressRow hung = boardAs("tochuc", filter(null, null, "Lê Văn Hùng")).rows().get(0);

        // NB006 is Trưởng phòng, Bí thư Chi bộ and a member of the Đảng ủy; the first appointment is the main post.
        assertThat(hung.cadreCode()).isEqualTo("NB006");
        assertThat(hung.positionTitle()).isEqualTo("Trưởng phòng");
        assertThat(hung.unitName()).isEqualTo("Phòng Hành chính – Tổ chức");
    }

    @Test
    void everyoneIsPlacedInTheSameMainPostAsOnTheDashboard() {
        // One truth: the board ranks each cadre's posts in its own window (cheaper for its page), the dashboard's list
        // of those without a plan places them with the reports' shared main-post subquery. Nobody has a record of the
        // quarter here, so both place everyone by the main post alone; NB006's three posts, among others, must agree.
        Actor officer = actors.account("tochuc");
        Map<Long, String> onTheBoard = allRows(officer, filter(null, null, "")).stream()
                .collect(Collectors.toMap(ProgressRow::cadreId, ProgressRow::unitName));
        DashboardPeople withoutPlan = TestActors.runAs(officer, () -> dashboards.people(DashboardSlice.parse(
                "2027-Q1", null, null, null, null, null, "PLAN_SUBMITTED", Q1_2027)));

        assertThat(withoutPlan.matching()).as("the dashboard lists everyone only up to its limit")
                .isLessThanOrEqualTo(DashboardPeople.LIMIT)
                .isEqualTo(onTheBoard.size()).isEqualTo(withoutPlan.people().size());
        assertThat(withoutPlan.people().stream()
                .collect(Collectors.toMap(DashboardPerson::cadreId, DashboardPerson::unitName)))
                .isEqualTo(onTheBoard);
        long hung = jdbc.sql("select id from org_cadre where code = 'NB006'").query(Long.class).single();
        assertThat(onTheBoard).containsEntry(hung, "Phòng Hành chính – Tổ chức");
    }

    @Test
    void aPlainCadreHasNoBoard() throws Exception {
        Actor canbo = actors.account("canbo");

        assertThatThrownBy(() -> TestActors.runAs(canbo, () -> boards.board(filter(null, null, ""))))
                .isInstanceOf(AccessRefusedException.class);
        mvc.perform(get("/progress").with(TestActors.as(canbo))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/progress").with(TestActors.as(canbo))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Bảng tiến độ chỉ dành cho người đứng đầu đơn vị, cán bộ tổ chức và cấp có thẩm quyền."));
        // Nothing is stored by looking, so nothing can have changed: no plan was made for the refused person.
        assertThat(jdbc.sql("select count(*) from work_plan where plan_year = 2027").query(Long.class).single())
                .isZero();
    }

    @Test
    void planSubmittedAfterTheDeadlineInVietnamIsLateAndMissingPlansAreLateOnceItPassed() {
        // 16:59 UTC on 25/12 is 23:59 in Vietnam, still in time; 17:30 UTC is 00:30 on 26/12 in Vietnam, late.
        plan("NB013", "APPROVED", "2026-12-25T16:59:00Z");
        assessment("NB013", "SUBMITTED", "2027-02-05T02:00:00Z");
        plan("NB014", "SUBMITTED", "2026-12-25T17:30:00Z");

        ProgressBoard board = boardAs("truongphong", filter(null, null, ""));

        assertThat(board.planDeadline()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(board.assessmentDeadline()).isEqualTo(LocalDate.of(2027, 3, 29));
        ProgressRow bao = row(board, "NB015");
        ProgressRow mai = row(board, "NB014");
        ProgressRow phong = row(board, "NB013");
        assertThat(bao.planStatus()).isNull();
        assertThat(bao.planLate()).as("no plan after 25/12/2026").isTrue();
        assertThat(mai.planSubmittedOn()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(mai.planLate()).as("submitted on 26/12/2026 in Vietnam").isTrue();
        assertThat(phong.planSubmittedOn()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(phong.planLate()).isFalse();
        assertThat(phong.assessmentStatus()).isEqualTo("SUBMITTED");
        assertThat(List.of(bao, mai, phong)).noneMatch(ProgressRow::assessmentLate);

        assertThat(board.count(ProgressStatus.NO_PLAN)).isEqualTo(1);
        assertThat(board.count(ProgressStatus.PLAN_SUBMITTED)).isEqualTo(1);
        assertThat(board.count(ProgressStatus.PLAN_APPROVED)).isEqualTo(1);
        assertThat(board.count(ProgressStatus.ASSESSMENT_SUBMITTED)).isEqualTo(1);
        assertThat(board.count(ProgressStatus.LATE)).isEqualTo(2);
        assertThat(boardAs("truongphong", filter(null, ProgressStatus.LATE, "")).rows())
                .extracting(ProgressRow::cadreCode).containsExactly("NB015", "NB014");
    }

    @Test
    void selfAssessmentsAreLateOnlyAfterTheirOwnDeadline() {
        plan("NB013", "APPROVED", "2026-12-20T02:00:00Z");
        clock.setDate(LocalDate.of(2027, 3, 29));
        assertThat(row(boardAs("truongphong", filter(null, null, "")), "NB013").assessmentLate()).isFalse();

        clock.setDate(LocalDate.of(2027, 3, 30));
        assertThat(row(boardAs("truongphong", filter(null, null, "")), "NB013").assessmentLate()).isTrue();
        assertThat(row(boardAs("truongphong", filter(null, null, "")), "NB013").planLate()).isFalse();
    }

    @Test
    void aSchemeWithoutAPlanDeadlineNeverMarksPlansLate() {
        // NB-VP-UBND-2026 (seed 000 §III.4) sets deadlines for the self-assessment, vote and report but none for the
        // plan. It is made the default for quarter I/2026 for this test only.
        jdbc.sql("update evaluation_scheme set default_scheme = true where code = 'NB-VP-UBND-2026'").update();
        try {
            ProgressBoard board = boardAs("truongphong", new ProgressFilter(new Quarter(2026, 1), null, null, "", 1));

            assertThat(board.schemeCode()).isEqualTo("NB-VP-UBND-2026");
            assertThat(board.planDeadline()).isNull();
            assertThat(board.assessmentDeadline()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(board.rows()).isNotEmpty().noneMatch(ProgressRow::planLate).allMatch(ProgressRow::assessmentLate);
        } finally {
            jdbc.sql("update evaluation_scheme set default_scheme = false where code = 'NB-VP-UBND-2026'").update();
        }
    }

    @Test
    void searchFindsANameWithOrWithoutDiacritics() {
        for (String search : List.of("luong thi mai", "Lương Thị Mai", "LUONG THI", "thị mai")) {
            assertThat(boardAs("tochuc", filter(null, null, search)).rows()).as(search)
                    .extracting(ProgressRow::cadreCode).containsExactly("NB014");
        }
        assertThat(boardAs("tochuc", filter(null, null, "100%_")).rows()).isEmpty();
    }

    @Test
    void namesAreInVietnameseOrderGivenNameFirst() {
        List<String> names = allRows(actors.account("tochuc"), filter(null, null, "")).stream()
                .filter(row -> row.cadreCode().startsWith("NB")).map(ProgressRow::fullName).toList();

        // Anh < Ánh (tone after letters) < Bảo < Cường < Dũng < Đạt (Đ after D) < Hà …
        assertThat(names.subList(0, 7)).containsExactly("Nguyễn Thị Lan Anh", "Cao Thị Ngọc Ánh", "Hà Quốc Bảo",
                "Đỗ Mạnh Cường", "Phan Anh Dũng", "Trần Quốc Đạt", "Phạm Thị Thu Hà");
        assertThat(names.indexOf("Nguyễn Hoàng Yến")).isLessThan(names.indexOf("Vũ Thị Hải Yến"));
    }

    @Test
    void aUnitFilterTakesTheUnitAndEverythingBelowIt() {
        long agency = unitId("VPUB-NB");
        long generalAffairs = unitId("VPUB-NB.TH");

        List<String> inAgency = allRows(actors.account("tochuc"), filter(agency, null, "")).stream()
                .map(ProgressRow::cadreCode).toList();
        assertThat(inAgency).contains("NB001", "NB013", "NB040", "NB008", "NB018")
                .doesNotContain("NB009", "NB019", "NB035", "NB039");
        // Vũ Đức Long (NB004) left Phòng Tổng hợp on 31/3/2026.
        assertThat(boardAs("tochuc", filter(generalAffairs, null, "")).rows()).extracting(ProgressRow::cadreCode)
                .containsExactlyInAnyOrder("NB010", "NB011", "NB012");
        // A unit outside the head's scope shows nobody, not the unit's people.
        assertThat(boardAs("truongphong", filter(generalAffairs, null, "")).rows()).isEmpty();
    }

    @Test
    void anUnknownUnitOrQuarterIsRefusedWithTheField() throws Exception {
        assertThatThrownBy(() -> boardAs("tochuc", filter(-1L, null, ""))).isInstanceOf(InvalidInputException.class);
        mvc.perform(get("/api/v1/progress").param("quarter", "2027-Q5").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quarter"));
        // Worded as the dashboard and the reports word it (the same check), the number written as it was sent.
        mvc.perform(get("/api/v1/progress").param("unit", "999999").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã số 999999."));
    }

    @Test
    void apiReturnsRowsTotalsAndPaging() throws Exception {
        plan("NB014", "SUBMITTED", "2026-12-25T17:30:00Z");

        mvc.perform(get("/api/v1/progress").param("quarter", "2027-Q1").param("q", "mai")
                        .with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value("2027-Q1"))
                .andExpect(jsonPath("$.planDeadline").value("2026-12-25"))
                .andExpect(jsonPath("$.rows[0].cadreCode").value("NB014"))
                .andExpect(jsonPath("$.rows[0].planStatus").value("SUBMITTED"))
                .andExpect(jsonPath("$.rows[0].planSubmittedOn").value("2026-12-26"))
                .andExpect(jsonPath("$.rows[0].planLate").value(true))
                .andExpect(jsonPath("$.totals.all").value(1))
                .andExpect(jsonPath("$.totals.byStatus.LATE").value(1))
                .andExpect(jsonPath("$.paging.page").value(1))
                .andExpect(jsonPath("$.paging.size").value(50))
                .andExpect(jsonPath("$.paging.totalRows").value(1));
    }

    @Test
    void pageShowsDatesAsDayMonthYearAndFiltersByStatus() throws Exception {
        plan("NB013", "APPROVED", "2026-12-20T02:00:00Z");
        plan("NB014", "SUBMITTED", "2026-12-25T17:30:00Z");

        String page = mvc.perform(get("/progress").param("quarter", "2027-Q1").param("status", "LATE")
                        .with(TestActors.as(actors.account("truongphong"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Hạn nộp kế hoạch: 25/12/2026.", "Nộp ngày 26/12/2026", "Lương Thị Mai",
                "Hà Quốc Bảo", "Trễ kế hoạch").doesNotContain("Trịnh Đình Phong");
        mvc.perform(get("/").with(TestActors.as(actors.account("truongphong"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/progress\"")));
        mvc.perform(get("/").with(TestActors.as(actors.account("canbo"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("href=\"/progress\""))));
    }

    private ProgressBoard boardAs(String username, ProgressFilter filter) {
        return TestActors.runAs(actors.account(username), () -> boards.board(filter));
    }

    private List<ProgressRow> allRows(Actor actor, ProgressFilter filter) {
        List<ProgressRow> rows = new ArrayList<>();
        ProgressBoard board = TestActors.runAs(actor, () -> boards.board(filter));
        rows.addAll(board.rows());
        for (int page = 2; page <= board.totalPages(); page++) {
            ProgressFilter next = filter.withPage(page);
            rows.addAll(TestActors.runAs(actor, () -> boards.board(next)).rows());
        }
        return rows;
    }

    private static ProgressFilter filter(Long unit, ProgressStatus status, String search) {
        return new ProgressFilter(Q1_2027, unit, status, search, 1);
    }

    private static ProgressRow row(ProgressBoard board, String code) {
        return board.rows().stream().filter(row -> row.cadreCode().equals(code)).findFirst().orElseThrow();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private void plan(String cadreCode, String status, String submittedAt) {
        jdbc.sql("""
                        insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,
                                               submitted_at, version)
                        select c.id, p.unit_id, 2027, 1, 'AG-02-HD-TU-2026', ?, ?, ?, 0
                        from org_cadre c join org_appointment a on a.cadre_id = c.id
                        join org_position p on p.id = a.position_id
                        where c.code = ? and a.kind <> 'CONCURRENT' and a.end_date is null""")
                .params(status, OffsetDateTime.parse("2026-12-01T01:00:00Z"), OffsetDateTime.parse(submittedAt),
                        cadreCode)
                .update();
    }

    private void assessment(String cadreCode, String status, String submittedAt) {
        jdbc.sql("""
                        insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                                                     created_at, submitted_at, version)
                        select c.id, p.unit_id, 2027, 1, 'AG-02-HD-TU-2026', ?, ?, ?, 0
                        from org_cadre c join org_appointment a on a.cadre_id = c.id
                        join org_position p on p.id = a.position_id
                        where c.code = ? and a.kind <> 'CONCURRENT' and a.end_date is null""")
                .params(status, OffsetDateTime.parse("2027-01-20T01:00:00Z"), OffsetDateTime.parse(submittedAt),
                        cadreCode)
                .update();
    }
}
