package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TodoList;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The yearly ratings board of a unit costs the same statements for 20 cadres as for 60, through the service, the API
 * and the page (issue 15 §2: "a statement-count test per board, so that a per-cadre query cannot come back
 * unnoticed"). The made-up agency's one department lies outside the demo office, in the test year 2067; its people are
 * party members, so each has a civil-servant and a party-member rating, gathered by the agency's head, and every third
 * row is announced so the complaint window is worked out too (its scheme used to be read once per announced row, on
 * the board and on the head's to-do list, which looks at the announced rows for the years it may lock). Everything is
 * removed after.
 */
@DemoDataTest
class YearlyRatingBoardQueryCountTests {

    private static final int YEAR = 2067;
    private static final String PREFIX = "QYR-RATE";
    private static final int SERVICE_STATEMENTS = 35;
    private static final int API_STATEMENTS = 35;
    private static final int PAGE_STATEMENTS = 39;
    /** The whole to-do list of the agency's head, every source's part of it, not the yearly ratings' alone. */
    private static final int TODO_STATEMENTS = 194;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TodoList todo;

    @Autowired
    MutableClock clock;

    private final AtomicReference<YearlyBoard> last = new AtomicReference<>();
    private ProgressBoardLoad load;
    private LocalDate dayBefore;

    @AfterEach
    void removeTheLoad() {
        String ofTheLoad = "select r.id from yearly_rating r join org_unit u on u.id = r.unit_id"
                + " where r.rating_year = " + YEAR + " and u.code like '" + PREFIX + "%'";
        jdbc.update("delete from audit_entry where record_type = 'YEARLY_RATING' and record_id in (" + ofTheLoad + ")");
        jdbc.update("delete from yearly_rating where id in (" + ofTheLoad + ")");
        if (load != null) {
            load.remove();
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void statementsPerBoardDoNotGrowWithTheNumberOfCadres() {
        load = new ProgressBoardLoad(jdbc, PREFIX);
        load.createBody(1);
        long department = load.departmentId(1);
        Actor head = actors.cadre(load.headCode(), Role.AUTHORITY, Role.PERSONNEL_OFFICER);

        gather(head, 1, 20);
        int serviceWithTwenty = statementsFor(head, department);
        assertThat(last.get().ratings()).hasSize(1 + 2 * 20);
        int apiWithTwenty = statements.count(mvc,
                get("/api/v1/annual/ratings").param("unit", String.valueOf(department))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithTwenty = statements.count(mvc, get("/annual/ratings").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        gather(head, 21, 60);
        int serviceWithSixty = statementsFor(head, department);
        assertThat(last.get().ratings()).hasSize(1 + 2 * 60);
        assertThat(last.get().ratings()).filteredOn(rating -> rating.lastComplaintDay() != null).isNotEmpty();
        int apiWithSixty = statements.count(mvc, get("/api/v1/annual/ratings").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithSixty = statements.count(mvc, get("/annual/ratings").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(SERVICE_STATEMENTS);
        assertThat(apiWithSixty).isEqualTo(apiWithTwenty).isEqualTo(API_STATEMENTS);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(PAGE_STATEMENTS);
    }

    @Test
    void statementsForTheAuthoritysToDoDoNotGrowWithTheNumberOfRatings() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(YEAR, 12, 28));
        load = new ProgressBoardLoad(jdbc, PREFIX);
        load.createBody(1);
        Actor head = actors.cadre(load.headCode(), Role.AUTHORITY, Role.PERSONNEL_OFFICER);

        gather(head, 1, 20);
        int withTwenty = statements.count(() -> TestActors.runAs(head, () -> todo.mine()));
        gather(head, 21, 60);
        int withSixty = statements.count(() -> TestActors.runAs(head, () -> todo.mine()));
        assertThat(jdbc.queryForObject("select count(*) from yearly_rating where unit_id = ? and status = 'ANNOUNCED'",
                Long.class, load.departmentId(1))).isGreaterThan(30);

        assertThat(withSixty).isEqualTo(withTwenty).isEqualTo(TODO_STATEMENTS);
    }

    /** Cadres {@code from} to {@code to} put in the department, their year gathered, every third row announced GOOD. */
    private void gather(Actor head, int from, int to) {
        load.addCadres(from, to, 1, new Quarter(YEAR, 1));
        TestActors.runAs(head, () -> ratings.gather(load.departmentId(1), YEAR));
        jdbc.update("update yearly_rating set status = 'ANNOUNCED', decided_level = 'GOOD', decided_by = 'QYR',"
                + " decided_at = ?, announced_by = 'QYR', announced_at = ? where rating_year = ? and unit_id = ?"
                + " and cadre_id is not null and mod(id, 3) = 0 and status = 'GATHERED'",
                Timestamp.from(Instant.parse(YEAR + "-12-20T03:00:00Z")),
                Timestamp.from(Instant.parse(YEAR + "-12-22T03:00:00Z")), YEAR, load.departmentId(1));
    }

    private int statementsFor(Actor actor, long unit) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> ratings.board(unit, YEAR))));
    }
}
