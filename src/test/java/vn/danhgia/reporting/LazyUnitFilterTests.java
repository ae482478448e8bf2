package vn.danhgia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.dashboard.DashboardService;
import vn.danhgia.reporting.progress.ProgressBoard;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §2: a province's thousand units are not written into every page of the progress board and the dashboard.
 * Above {@link UnitOption#INLINE} units the filter holds "all units" and the chosen one and loads the rest from
 * {@code /progress/units} or {@code /dashboard/units} when opened; those options are the ones the page itself offers.
 * A small scope keeps its options in the page.
 */
@DemoDataTest
class LazyUnitFilterTests {

    private static final Quarter QUARTER = new Quarter(2027, 2);
    private static final Pattern OPTION =
            Pattern.compile("<option value=\"(\\d*)\"(\\s+selected(?:=\"selected\")?)?[\\s>]");

    @Autowired
    ProgressBoardService boards;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private ProgressBoardLoad load;
    private LocalDate dayBefore;

    @BeforeEach
    void anAgencyOfSixtyDepartments() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2027, 5, 10));
        load = new ProgressBoardLoad(jdbc, "UFILTER");
        load.createBody(60);
        load.addCadres(1, 60, 60, QUARTER);
    }

    @AfterEach
    void removeTheAgency() {
        load.remove();
        clock.setDate(dayBefore);
    }

    @Test
    void aLargeScopeLoadsTheUnitsWhenTheFilterIsOpenedAndTheyAreTheBoardsOwn() throws Exception {
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);
        long department = load.departmentId(7);
        ProgressBoard board = TestActors.runAs(head, () -> boards.board(
                new ProgressFilter(QUARTER, department, null, "", 1)));

        assertLoadedWhenOpened("/progress", department, head, board.units());
        assertThat(TestActors.runAs(head, boards::unitOptions)).isEqualTo(board.units());
    }

    @Test
    void theDashboardLoadsTheSameWay() throws Exception {
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);
        long department = load.departmentId(12);
        List<UnitOption> units = TestActors.runAs(head, () -> dashboards.dashboard("2027-Q2", department).units());

        assertLoadedWhenOpened("/dashboard", department, head, units);
    }

    @Test
    void aSmallScopeKeepsItsUnitsInThePage() throws Exception {
        Actor head = actors.account("truongphong");
        ProgressBoard board = TestActors.runAs(head,
                () -> boards.board(new ProgressFilter(QUARTER, null, null, "", 1)));

        String filter = unitSelect(mvc.perform(get("/progress").param("quarter", "2027-Q2").with(TestActors.as(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(filter).doesNotContain("hx-get");
        List<String> expected = new ArrayList<>(List.of(""));
        board.units().forEach(unit -> expected.add("" + unit.id()));
        assertThat(options(filter)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPlainCadreGetsNoUnits() throws Exception {
        mvc.perform(get("/progress/units").header("HX-Request", "true").with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isForbidden());
    }

    /**
     * The page of the 61 units, narrowed to one, lists "all units" and the chosen one; its filter, once opened, loads
     * from the page's {@code /units} every unit the page offers, the chosen one selected.
     */
    private void assertLoadedWhenOpened(String page, long chosen, Actor reader, List<UnitOption> offered)
            throws Exception {
        assertThat(offered).hasSize(61);
        String filter = unitSelect(mvc.perform(get(page).param("quarter", "2027-Q2").param("unit", "" + chosen)
                        .with(TestActors.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(filter).contains("hx-get=\"" + page + "/units?unit=" + chosen + "\"");
        assertThat(options(filter)).containsExactly("", chosen + "*");

        String loaded = mvc.perform(get(page + "/units").param("unit", "" + chosen).header("HX-Request", "true")
                        .with(TestActors.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> expected = new ArrayList<>(List.of(""));
        offered.forEach(unit -> expected.add(unit.id() == chosen ? chosen + "*" : "" + unit.id()));
        assertThat(options(loaded)).containsExactlyElementsOf(expected);
    }

    private static String unitSelect(String page) {
        int start = page.indexOf("<select id=\"unit\"");
        assertThat(start).as("the unit filter").isNotNegative();
        return page.substring(start, page.indexOf("</select>", start));
    }

    /** The options' values in order, the selected one marked with a star. */
    private static List<String> options(String html) {
        List<String> values = new ArrayList<>();
        Matcher option = OPTION.matcher(html);
        while (option.find()) {
            values.add(option.group(1) + (option.group(2) == null ? "" : "*"));
        }
        return values;
    }
}
