package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.security.AccountPrincipal;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The decision board costs the same statements for an authority deciding for 60 cadres as for 180 (issue 15 §2: "a
 * constant number of statements whatever its size"), through the service, the API and the page: every kind of record
 * (posts, authorities, peer groups, self-assessments, appraisals, ratings, councils, collectives, special cases, names)
 * is read once for the whole board. The made-up agency lies outside the demo office, in the test year 2065, and is
 * removed after.
 */
@DemoDataTest
class DecisionBoardQueryCountTests {

    private static final Quarter QUARTER = new Quarter(2065, 1);
    private static final int DEPARTMENTS = 10;

    @Autowired
    DecisionService decisions;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final AtomicReference<DecisionBoard> last = new AtomicReference<>();
    private DecisionBoardLoad load;
    private LocalDate dayBefore;

    @AfterEach
    void removeTheLoad() {
        if (load != null) {
            load.remove();
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void statementsPerBoardDoNotGrowWithTheNumberOfCadres() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2065, 2, 10));
        load = new DecisionBoardLoad(jdbc, "QDEC");
        load.createBody(DEPARTMENTS);
        load.addCadres(1, 60, DEPARTMENTS, QUARTER);
        Actor authority = actors.cadre(load.headCode(), Role.AUTHORITY);

        int serviceWithSixty = statementsFor(authority);
        assertThat(rows()).isEqualTo(60);
        assertThat(withRating()).isEqualTo(ratedInLoad());
        int apiWithSixty = statements.count(mvc, get("/api/v1/decisions").param("year", "2065").param("quarter", "1")
                .with(user(AccountPrincipal.of(authority))));
        int pageWithSixty = statements.count(mvc, get("/review/decisions").param("year", "2065").param("quarter", "1")
                .with(user(AccountPrincipal.of(authority))));

        load.addCadres(61, 180, DEPARTMENTS, QUARTER);
        int serviceWithThreeTimes = statementsFor(authority);
        assertThat(rows()).isEqualTo(180);
        assertThat(withRating()).isEqualTo(ratedInLoad()).isPositive();
        assertThat(last.get().groups()).allMatch(group -> group.places() >= 0);
        int apiWithThreeTimes = statements.count(mvc, get("/api/v1/decisions").param("year", "2065")
                .param("quarter", "1").with(user(AccountPrincipal.of(authority))));
        int pageWithThreeTimes = statements.count(mvc, get("/review/decisions").param("year", "2065")
                .param("quarter", "1").with(user(AccountPrincipal.of(authority))));

        assertThat(serviceWithThreeTimes).isEqualTo(serviceWithSixty);
        assertThat(apiWithThreeTimes).isEqualTo(apiWithSixty);
        assertThat(pageWithThreeTimes).isEqualTo(pageWithSixty);
    }

    private int statementsFor(Actor actor) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> decisions.board(QUARTER))));
    }

    private long rows() {
        return last.get().groups().stream().mapToLong(group -> group.rows().size()).sum();
    }

    private long withRating() {
        return last.get().groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.rating() != null).count();
    }

    private long ratedInLoad() {
        return jdbc.queryForObject("select count(*) from quarter_rating r join org_cadre c on c.id = r.cadre_id"
                + " where c.code like 'QDEC-%' and r.period_year = 2065", Long.class);
    }
}
