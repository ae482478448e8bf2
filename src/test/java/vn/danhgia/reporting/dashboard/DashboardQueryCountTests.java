package vn.danhgia.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The dashboard costs the same statements for 20 cadres as for 2,000 (issue item 5: "fast on 20,000 cadres"): the
 * access scope, the scheme, the units, and five aggregates (steps, levels per unit, levels per quarter, score bands,
 * outliers); the people behind a number one more. The made-up agency lies outside the demo office, its three quarters
 * (2036) no other test uses, and it is removed after.
 */
@DemoDataTest
class DashboardQueryCountTests {

    private static final List<Quarter> QUARTERS = List.of(new Quarter(2036, 1), new Quarter(2036, 2),
            new Quarter(2036, 3));
    private static final String KEY = "2036-Q3";
    /** The quarter of the body's own plans and self-assessments, apart from the history's. */
    private static final Quarter PLANS = new Quarter(2037, 1);
    private static final int DEPARTMENTS = 20;

    @Autowired
    DashboardService dashboards;

    @Autowired
    StatementCounter statements;

    @Autowired
    DashboardFigures figures;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicReference<Object> last = new AtomicReference<>();
    private ProgressBoardLoad body;
    private DashboardLoad history;
    private LocalDate dayBefore;

    @AfterEach
    void removeTheLoad() {
        if (history != null) {
            history.remove();
        }
        if (body != null) {
            body.remove();
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void statementsPerPageDoNotGrowWithTheNumberOfCadres() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2036, 10, 5));
        body = new ProgressBoardLoad(jdbc, "DCOUNT");
        history = new DashboardLoad(jdbc, figures, "DCOUNT");
        body.createBody(DEPARTMENTS);
        body.addCadres(1, 20, DEPARTMENTS, PLANS);
        history.addQuarters(QUARTERS);
        Actor head = actors.cadre(body.headCode(), Role.UNIT_HEAD);

        int withTwenty = statementsFor(head, () -> dashboards.dashboard(KEY, null));
        assertThat(((Dashboard) last.get()).byQuarter().get(11).total()).isBetween(1L, 21L);
        int peopleWithTwenty = statementsFor(head, () -> dashboards.people(
                DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, QUARTERS.get(2))));

        history.remove();
        body.addCadres(21, 2000, DEPARTMENTS, PLANS);
        history.addQuarters(QUARTERS);
        int withTwoThousand = statementsFor(head, () -> dashboards.dashboard(KEY, null));
        Dashboard large = (Dashboard) last.get();
        assertThat(large.byUnit()).hasSize(DEPARTMENTS + 1);
        assertThat(large.byQuarter().get(11).total()).isGreaterThan(1000);
        assertThat(large.people()).isEqualTo(2001);
        long department = body.departmentId(3);
        int narrowed = statementsFor(head, () -> dashboards.dashboard(KEY, department));
        int fromSourceRows = statementsFor(head, () -> dashboards.dashboardFromSourceRows(KEY, null));
        int peopleWithTwoThousand = statementsFor(head, () -> dashboards.people(
                DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, QUARTERS.get(2))));
        assertThat(((DashboardPeople) last.get()).people()).hasSize(DashboardPeople.LIMIT);

        int again = statementsFor(head, () -> dashboards.dashboard(KEY, null));
        assertThat(last.get()).isEqualTo(large);

        // Issue 15 §2: the kept figures give the per-unit bars and the outlier matrix in one statement, not two; the
        // steps cost one statement more the first time (their units' generations, then the count) and one less after.
        assertThat(withTwoThousand).isEqualTo(withTwenty).isEqualTo(fromSourceRows);
        assertThat(again).isEqualTo(fromSourceRows - 1);
        assertThat(narrowed).isEqualTo(withTwenty);
        assertThat(peopleWithTwoThousand).isEqualTo(peopleWithTwenty).isLessThanOrEqualTo(withTwenty);
    }

    private int statementsFor(Actor actor, java.util.function.Supplier<Object> work) {
        return statements.count(() -> last.set(TestActors.runAs(actor, work)));
    }
}
