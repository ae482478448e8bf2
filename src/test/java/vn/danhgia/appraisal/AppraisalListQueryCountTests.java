package vn.danhgia.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.council.ReviewStepsLoad;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The personnel officer's list of self-assessments awaiting appraisal (thẩm định) costs the same statements for 20
 * cadres as for 60, through the service and the page (issue 15 §2: "a statement-count test per board, so that a
 * per-cadre query cannot come back unnoticed"). The appraisal API has no list; its pages are one appraisal each. The
 * made-up agency and its personnel office lie outside the demo office, in the test year 2068, and are removed after.
 */
@DemoDataTest
class AppraisalListQueryCountTests {

    private static final Quarter QUARTER = new Quarter(2068, 1);
    private static final int DEPARTMENTS = 10;

    @Autowired
    AppraisalService appraisals;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final AtomicReference<List<AwaitingAppraisal>> last = new AtomicReference<>();
    private ReviewStepsLoad load;

    @AfterEach
    void removeTheLoad() {
        if (load != null) {
            load.remove();
        }
    }

    @Test
    void statementsForTheAwaitingListDoNotGrowWithTheNumberOfCadres() {
        load = new ReviewStepsLoad(jdbc, "QRV");
        load.createBody(DEPARTMENTS);
        load.addCadres(1, 20, DEPARTMENTS, QUARTER);
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);

        int serviceWithTwenty = statementsFor(officer);
        assertThat(last.get()).hasSize(5).allMatch(line -> line.quarter().equals(QUARTER))
                .anyMatch(line -> line.appraisalId() != null);
        int pageWithTwenty = statements.count(mvc, get("/review/appraisals").with(TestActors.as(officer)));

        load.addCadres(21, 60, DEPARTMENTS, QUARTER);
        int serviceWithSixty = statementsFor(officer);
        assertThat(last.get()).hasSize(15).anyMatch(line -> line.appraisalId() == null);
        int pageWithSixty = statements.count(mvc, get("/review/appraisals").with(TestActors.as(officer)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(4);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(7);
    }

    private int statementsFor(Actor actor) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> appraisals.awaiting())));
    }
}
