package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.security.AccountPrincipal;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §2: an authority deciding for 180 cadres sees the decision board's page a hundred rows at a time, the two
 * pages together being the service's board in its order, or one department's cadres and those not decided yet; the
 * forms of a page bring the reader back to what they were looking at. The
 * made-up agency lies outside the demo office, in the test year 2066, and is removed after.
 */
@DemoDataTest
class DecisionBoardPagesTests {

    private static final Quarter QUARTER = new Quarter(2066, 1);
    private static final Pattern ROW = Pattern.compile("<tr id=\"row-([^\"]+)\"");

    @Autowired
    DecisionService decisions;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private DecisionBoardLoad load;
    private LocalDate dayBefore;
    private Actor authority;

    @BeforeEach
    void load() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2066, 2, 10));
        load = new DecisionBoardLoad(jdbc, "QPAG");
        load.createBody(10);
        load.addCadres(1, 180, 10, QUARTER);
        authority = actors.cadre(load.headCode(), Role.AUTHORITY);
    }

    @AfterEach
    void removeTheLoad() {
        load.remove();
        clock.setDate(dayBefore);
    }

    @Test
    void theTwoPagesTogetherAreTheBoardInItsOrder() throws Exception {
        List<String> board = TestActors.runAs(authority, () -> decisions.board(QUARTER)).groups().stream()
                .flatMap(group -> group.rows().stream()).map(DecisionBoard.Row::code).toList();
        assertThat(board).hasSize(180);

        String first = page("1");
        String second = page("2");
        assertThat(rows(first)).hasSize(100);
        assertThat(rows(second)).hasSize(80);
        List<String> together = new ArrayList<>(rows(first));
        together.addAll(rows(second));
        assertThat(together).isEqualTo(board);
        assertThat(first).contains("Dòng 1–100 trên 180").contains("id=\"board-pages\"");
        assertThat(second).contains("Dòng 101–180 trên 180");
    }

    @Test
    void aPageOutsideTheBoardOrNotANumberShowsTheNearestOne() throws Exception {
        assertThat(rows(page("9"))).isEqualTo(rows(page("2")));
        assertThat(rows(page("abc"))).isEqualTo(rows(page("1")));
        assertThat(rows(page("-4"))).isEqualTo(rows(page("1")));
    }

    @Test
    void theFormsOfAPageBringTheReaderBackToIt() throws Exception {
        String second = page("2");
        assertThat(second).contains("name=\"page\" value=\"2\"").doesNotContain("name=\"page\" value=\"1\"");
        String cadre = jdbc.queryForObject("select cast(id as varchar(20)) from org_cadre where code = ?", String.class,
                rows(second).get(0));
        // A refused decision (a version that is not a number) shows the same page again with the reason.
        String refused = mvc.perform(post("/review/decisions/decide").with(csrf())
                        .with(user(AccountPrincipal.of(authority)))
                        .param("cadre", cadre).param("year", "2066").param("quarter", "1").param("version", "x")
                        .param("level", "GOOD").param("page", "2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(rows(refused)).isEqualTo(rows(second));
        assertThat(refused).contains("id=\"refusal\"");
    }

    @Test
    void oneDepartmentOrThoseNotDecidedAreShownAndAFormBringsTheReaderBackToThem() throws Exception {
        List<DecisionBoard.Row> board = TestActors.runAs(authority, () -> decisions.board(QUARTER)).groups().stream()
                .flatMap(group -> group.rows().stream()).toList();
        DecisionBoard.Row first = board.get(0);
        long department = first.unit().value();
        List<String> inDepartment = board.stream().filter(row -> row.unit().value() == department)
                .map(DecisionBoard.Row::code).toList();
        assertThat(inDepartment).hasSizeBetween(2, 100);
        jdbc.update("update quarter_rating set status = 'DECIDED', decided_level = 'GOOD', decided_by = 'thu-tai',"
                + " decided_at = current_timestamp where cadre_id = ? and period_year = 2066 and period_quarter = 1",
                first.cadre().value());
        jdbc.update("insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,"
                + " decided_level, decided_by, decided_at, discrepancy, version) select ?, ?, ?, 2066, 1, 'DECIDED',"
                + " 'GOOD', 'thu-tai', current_timestamp, false, 0 where not exists (select 1 from quarter_rating"
                + " where cadre_id = ? and period_year = 2066 and period_quarter = 1)", first.cadre().value(),
                first.cadre().value(), department, first.cadre().value());

        String unitPage = view(String.valueOf(department), null);
        assertThat(rows(unitPage)).isEqualTo(inDepartment);
        assertThat(unitPage).contains("<option value=\"" + department + "\" selected=\"selected\"")
                .doesNotContain("id=\"board-pages\"");
        String undecided = view(String.valueOf(department), "true");
        assertThat(rows(undecided)).isEqualTo(inDepartment.subList(1, inDepartment.size()));
        String allUndecided = view(null, "true");
        assertThat(rows(allUndecided)).hasSize(100).doesNotContain(first.code());
        assertThat(allUndecided).contains("Dòng 1–100 trên 179").contains("undecided=true&amp;page=2");
        assertThat(view("0", null)).contains("id=\"view-empty\"").doesNotContain("<tr id=\"row-");

        // A refused decision sent from that view shows the same view again, its forms carrying it on.
        String cadre = String.valueOf(board.get(1).cadre().value());
        String refused = mvc.perform(post("/review/decisions/decide").with(csrf())
                        .with(user(AccountPrincipal.of(authority)))
                        .param("cadre", cadre).param("year", "2066").param("quarter", "1").param("version", "x")
                        .param("level", "GOOD").param("page", "1").param("inUnit", String.valueOf(department))
                        .param("undecided", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(rows(refused)).isEqualTo(rows(undecided));
        assertThat(refused).contains("name=\"inUnit\" value=\"" + department + "\"")
                .contains("name=\"undecided\" value=\"true\"");

        // The batch decision's way back returns to the view as well (a decision that goes through is redirected to the
        // same address: DecisionBoardView.address, checked in DecisionBoardPageTests).
        String view = "/review/decisions?year=2066&quarter=1&inUnit=" + department + "&undecided=true";
        String batch = mvc.perform(post("/review/decisions/decide-selected").with(csrf())
                        .with(user(AccountPrincipal.of(authority))).param("year", "2066").param("quarter", "1")
                        .param("page", "1").param("inUnit", String.valueOf(department)).param("undecided", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(batch).contains("href=\"" + view.replace("&", "&amp;") + "\"");
    }

    private String view(String unit, String undecided) throws Exception {
        MockHttpServletRequestBuilder request = get("/review/decisions").param("year", "2066").param("quarter", "1")
                .with(user(AccountPrincipal.of(authority)));
        if (unit != null) {
            request.param("inUnit", unit);
        }
        if (undecided != null) {
            request.param("undecided", undecided);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String number) throws Exception {
        return mvc.perform(get("/review/decisions").param("year", "2066").param("quarter", "1").param("page", number)
                        .with(user(AccountPrincipal.of(authority))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> rows(String page) {
        List<String> codes = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }
}
