package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.council.ReviewStepsLoad;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The year-end packages on a personnel officer's to-do list (which every page's default quarter reads) cost the same
 * statements for an office keeping 3 staffed departments as for 9 (issue 15 §2: "a statement-count test per board, so
 * that a per-cadre query cannot come back unnoticed"); they were read unit by unit, package and calendar each. The
 * made-up agency lies outside the demo office, in the test year 2069, and is removed after.
 */
@DemoDataTest
class AnnualDossierTodoQueryCountTests {

    private static final Quarter QUARTER = new Quarter(2069, 1);
    private static final int DEPARTMENTS = 9;

    @Autowired
    AnnualDossierTodo todo;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    private ReviewStepsLoad load;

    @AfterEach
    void removeTheLoad() {
        if (load != null) {
            load.remove();
        }
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfUnitsKept() {
        load = new ReviewStepsLoad(jdbc, "QTD");
        load.createBody(DEPARTMENTS);
        load.addCadres(1, 3, 3, QUARTER);
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);
        int withThree = statements.count(() -> todo.openWork(officer));

        load.addCadres(4, 18, DEPARTMENTS, QUARTER);
        int withNine = statements.count(() -> todo.openWork(officer));

        assertThat(withNine).isEqualTo(withThree).isEqualTo(16);
    }
}
