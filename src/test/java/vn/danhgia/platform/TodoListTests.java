package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 12, "Việc cần làm": each role's open work on the demo organisation, in the years 2058–2061 only. Mai (NB014,
 * canbo) is deputy head of Phòng Kinh tế; Phong (NB013, truongphong) heads it and decides for his deputies (seed 000
 * §III.1.2); Hùng (NB006, tochuc) is the personnel office serving it; Đức (NB002, hoidong) sits on councils;
 * Thắng (NB001, thamquyen) decides for the heads of departments, not for Mai.
 */
@DemoDataTest
class TodoListTests {

    @Autowired
    TodoList todo;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    AccessScopes access;
    @Autowired
    MockMvc mvc;
    @Autowired
    DefaultPeriod defaultPeriod;

    SubmittedSelfAssessments assessments;

    @BeforeEach
    void setUp() {
        assessments = new SubmittedSelfAssessments(jdbc, organization, access);
        clean();
    }

    @AfterEach
    void clean() {
        TodoTestData.clean(jdbc);
    }

    private List<WorkItem> of(String username) {
        return TestActors.runAs(actors.account(username), todo::mine);
    }

    @Test
    void inDecemberTheCadreIsAskedForHerRatedQuartersAndNextQuartersPlanNeverQuarterFour() {
        clock.setDate(LocalDate.of(2058, 12, 5));

        List<WorkItem> mine = of("canbo");

        // Seed 002 §4 Bước 2 and §5: quarters I–III are rated, IV folds into the year-end rating.
        assertThat(mine).filteredOn(item -> item.messageKey().equals("assessment.todo.open"))
                .extracting(WorkItem::year, WorkItem::quarter, WorkItem::link)
                .containsExactlyInAnyOrder(tuple(2058, 1, "/assessment/self-assessments"),
                        tuple(2058, 2, "/assessment/self-assessments"), tuple(2058, 3, "/assessment/self-assessments"));
        assertThat(mine).filteredOn(item -> !item.messageKey().startsWith("selfreview."))
                .noneMatch(item -> item.year() == 2058 && item.quarter() == 4);
        // Issue 13 §3: the year's self-review (bản kiểm điểm năm) is asked for instead, once for the year.
        assertThat(mine).filteredOn(item -> item.messageKey().equals("selfreview.todo.write"))
                .extracting(WorkItem::year, WorkItem::yearLong, WorkItem::link)
                .containsExactly(tuple(2058, true, "/annual/self-review?year=2058"));
        assertThat(mine).filteredOn(item -> item.messageKey().equals("assessment.todo.open"))
                .allMatch(item -> item.overdueOn(clock.today()) && item.subject().equals("Lương Thị Mai"));
        // Seed 002 §4 Bước 1: the plan of quarter I/2059 by 25 December, not yet overdue.
        assertThat(mine).filteredOn(item -> item.messageKey().equals("planning.todo.write"))
                .extracting(WorkItem::year, WorkItem::quarter, WorkItem::deadline)
                .containsExactly(tuple(2059, 1, LocalDate.of(2058, 12, 25)));
        assertThat(mine.get(mine.size() - 1).deadline() == null
                || !mine.get(0).deadline().isAfter(mine.get(mine.size() - 1).deadline())).isTrue();
    }

    @Test
    void aSubmittedSelfAssessmentIsWorkForHerHeadAndTheOfficeAndForNobodyElse() {
        clock.setDate(LocalDate.of(2059, 9, 20));
        assessments.submitted("NB014", new Quarter(2059, 3), 1, true, "GOOD");

        assertThat(of("truongphong")).filteredOn(item -> item.messageKey().equals("assessment.todo.review"))
                .extracting(WorkItem::subject, WorkItem::year, WorkItem::quarter)
                .containsExactly(tuple("Lương Thị Mai", 2059, 3));
        assertThat(of("truongphong")).filteredOn(item -> item.messageKey().equals("assessment.todo.review"))
                .allMatch(item -> item.link().startsWith("/assessment/self-assessments/"));
        assertThat(of("tochuc")).filteredOn(item -> item.messageKey().equals("review.todo.appraise"))
                .extracting(WorkItem::subject, WorkItem::link)
                .containsExactly(tuple("Lương Thị Mai", "/review/appraisals"));
        // Her own list no longer asks for it, and nobody outside the scope sees it.
        assertThat(of("canbo")).noneMatch(item -> item.year() == 2059 && item.quarter() == 3
                && item.messageKey().startsWith("assessment."));
        // Thắng leads the office above Phòng Kinh tế, so he may return it as its page allows (AccessScope.canApprove);
        // he does not appraise.
        assertThat(of("thamquyen")).anyMatch(item -> item.messageKey().equals("assessment.todo.review"))
                .noneMatch(item -> item.messageKey().equals("review.todo.appraise"));
        for (String other : List.of("canbo", "hoidong", "kiemtra")) {
            assertThat(of(other)).as(other).noneMatch(item -> item.messageKey().equals("assessment.todo.review")
                    || item.messageKey().equals("review.todo.appraise"));
        }
    }

    @Test
    void anAppraisedDeputyIsWorkForTheHeadWhoDecidesAndTheOfficeSetsUpTheCouncil() {
        clock.setDate(LocalDate.of(2060, 6, 10));
        assessments.appraised("NB014", new Quarter(2060, 2), 1, true, "GOOD");

        assertThat(of("truongphong")).filteredOn(item -> item.messageKey().equals("review.todo.decide"))
                .extracting(WorkItem::subject, WorkItem::link)
                .containsExactly(tuple("Lương Thị Mai", "/review/decisions?year=2060&quarter=2"));
        assertThat(of("tochuc")).filteredOn(item -> item.messageKey().equals("review.todo.setUpCouncil"))
                .extracting(WorkItem::subject, WorkItem::year, WorkItem::quarter)
                .containsExactly(tuple("Phòng Kinh tế", 2060, 2));
        for (String other : List.of("canbo", "hoidong", "kiemtra", "thamquyen")) {
            assertThat(of(other)).as(other).noneMatch(item -> item.messageKey().equals("review.todo.decide"));
        }
    }

    @Test
    void anOpenVoteIsWorkForTheCouncilsMembersUntilTheyVote() {
        clock.setDate(LocalDate.of(2061, 9, 10));
        long council = TodoTestData.councilWithOpenVote(jdbc, organization, "VPUB-NB.KT", new Quarter(2061, 3),
                "NB002", "NB013");

        assertThat(of("hoidong")).filteredOn(item -> item.messageKey().equals("review.todo.vote"))
                .extracting(WorkItem::link, WorkItem::year, WorkItem::quarter)
                .containsExactly(tuple("/review/councils/" + council, 2061, 3));
        assertThat(of("canbo")).noneMatch(item -> item.messageKey().equals("review.todo.vote"));

        TodoTestData.vote(jdbc, organization, council, "NB002", "NB014");
        assertThat(of("hoidong")).noneMatch(item -> item.messageKey().equals("review.todo.vote"));
        assertThat(of("truongphong")).anyMatch(item -> item.messageKey().equals("review.todo.vote"));
    }

    @Test
    void theHomePageAndTheApiListTheSameItems() throws Exception {
        clock.setDate(LocalDate.of(2058, 12, 5));
        List<WorkItem> mine = of("canbo");

        mvc.perform(get("/").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.allOf(Matchers.containsString("Việc cần làm (" + mine.size() + ")"),
                                Matchers.containsString("Lập kế hoạch công tác quý"),
                                Matchers.containsString("Quá hạn"), Matchers.containsString("25/12/2058"))));
        mvc.perform(get("/api/v1/todo").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(mine.size()))
                .andExpect(jsonPath("$[?(@.messageKey == 'planning.todo.write')].deadline").value("2058-12-25"))
                .andExpect(jsonPath("$[?(@.messageKey == 'planning.todo.write')].text")
                        .value("Lập kế hoạch công tác quý"))
                .andExpect(jsonPath("$[?(@.messageKey == 'assessment.todo.open')].overdue")
                        .value(Matchers.everyItem(Matchers.is(true))));
    }

    @Test
    void inDecemberPagesOpenOnQuarterThreeNeverOnQuarterFourUnlessChosen() throws Exception {
        clock.setDate(LocalDate.of(2058, 12, 5));
        Quarter third = new Quarter(2058, 3);

        // Mai's latest open work is her self-assessment of quarter III; the administrator has none: the latest rated.
        assertThat(TestActors.runAs(actors.account("canbo"), defaultPeriod::forReader)).isEqualTo(third);
        assertThat(TestActors.runAs(actors.account("admin"), defaultPeriod::forReader)).isEqualTo(third);
        assertThat(TestActors.runAs(actors.account("admin"),
                () -> defaultPeriod.orDefault(java.util.Optional.of(new Quarter(2058, 4))))).isEqualTo(
                new Quarter(2058, 4));

        String board = mvc.perform(get("/review/decisions").with(TestActors.as(actors.account("thamquyen"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(board).contains("value=\"2058-3\" selected=\"selected\"")
                .doesNotContain("value=\"2058-4\" selected=\"selected\"");
        String chosen = mvc.perform(get("/review/decisions").param("year", "2058").param("quarter", "4")
                        .with(TestActors.as(actors.account("thamquyen"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(chosen).contains("value=\"2058-4\" selected=\"selected\"");
    }
}
