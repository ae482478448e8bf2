package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.council.ReviewStepsLoad;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The year-end packages on a personnel officer's to-do list (which every page's default quarter reads) cost the same
 * statements for an office keeping 3 staffed departments as for 9 (issue 15 §2: "a statement-count test per board, so
 * that a per-cadre query cannot come back unnoticed"); they were read unit by unit, package and calendar each. The
 * made-up agency lies outside the demo office, in the test year 2069, runs its year by the Ninh Bình office's calendar
 * (packages due 13 December) and is removed after; the day is 1 December 2069, inside the to-do list's window.
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

    @Autowired
    MutableClock clock;

    private ReviewStepsLoad load;
    private LocalDate dayBefore;

    @AfterEach
    void removeTheLoad() {
        jdbc.update("delete from annual_calendar_unit where unit_code = 'QTD'");
        if (load != null) {
            load.remove();
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfUnitsKept() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2069, 12, 1));
        load = new ReviewStepsLoad(jdbc, "QTD");
        load.createBody(DEPARTMENTS);
        jdbc.update("insert into annual_calendar_unit (calendar_id, unit_code)"
                + " select id, 'QTD' from annual_calendar where code = 'NB-VP-UBND-ANNUAL'");
        load.addCadres(1, 3, 3, QUARTER);
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);
        // The staffed departments, the agency itself (its head) and its personnel office (the officer)
        int withThree = statements.count(() -> assertThat(packagesToSend(officer)).hasSize(3 + 2)
                .allMatch(item -> item.deadline().equals(LocalDate.of(2069, 12, 13))));

        load.addCadres(4, 18, DEPARTMENTS, QUARTER);
        int withNine = statements.count(() -> assertThat(packagesToSend(officer)).hasSize(9 + 2));

        assertThat(withNine).isEqualTo(withThree).isEqualTo(17);
    }

    private List<WorkItem> packagesToSend(Actor officer) {
        return todo.openWork(officer).stream()
                .filter(item -> item.messageKey().equals("annual.todo.send-dossiers")).toList();
    }
}
