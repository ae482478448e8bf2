package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The councils' list costs the same statements for 3 councils as for 9, and a council's page and its session's
 * minutes with the votes cost the same for a department of 3 cadres as for one of 12, through the service, the API and
 * the pages, and the choices of the form setting a council up the same for an office serving 3 departments as for one
 * serving 9 (issue 15 §2: "a statement-count test per board, so that a per-cadre query cannot come back unnoticed";
 * the list used to read each council's unit one at a time, the form each unit's offices and each post's scopes). The
 * made-up agencies and their personnel offices lie outside the demo office, in the test year 2068, and are removed
 * after.
 */
@DemoDataTest
class CouncilQueryCountTests {

    private static final Quarter QUARTER = new Quarter(2068, 1);

    @Autowired
    CouncilService councils;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final AtomicReference<Object> last = new AtomicReference<>();
    private ReviewStepsLoad small;
    private ReviewStepsLoad large;

    @AfterEach
    void removeTheLoads() {
        for (ReviewStepsLoad load : new ReviewStepsLoad[] {small, large}) {
            if (load != null) {
                load.remove();
            }
        }
    }

    @Test
    void statementsForTheCouncilListDoNotGrowWithTheNumberOfCouncils() {
        small = new ReviewStepsLoad(jdbc, "QRV");
        small.createBody(9);
        small.addCadres(1, 27, 9, QUARTER);
        Actor officer = actors.cadre(small.officerCode(), Role.PERSONNEL_OFFICER);

        small.holdCouncils(1, 3, QUARTER);
        int serviceWithThree = statementsFor(officer, () -> councils.visible());
        assertThat(listed()).hasSize(3).allMatch(council -> council.unitName().startsWith("Phòng số ")
                && council.members() >= 4);
        int apiWithThree = statements.count(mvc, get("/api/v1/councils").with(TestActors.as(officer)));
        int pageWithThree = statements.count(mvc, get("/review/councils").with(TestActors.as(officer)));

        small.holdCouncils(4, 9, QUARTER);
        int serviceWithNine = statementsFor(officer, () -> councils.visible());
        assertThat(listed()).hasSize(9);
        int apiWithNine = statements.count(mvc, get("/api/v1/councils").with(TestActors.as(officer)));
        int pageWithNine = statements.count(mvc, get("/review/councils").with(TestActors.as(officer)));

        assertThat(serviceWithNine).isEqualTo(serviceWithThree).isEqualTo(9);
        assertThat(apiWithNine).isEqualTo(apiWithThree).isEqualTo(9);
        assertThat(pageWithNine).isEqualTo(pageWithThree).isEqualTo(15);
    }

    @Test
    void statementsForACouncilAndItsMinutesDoNotGrowWithTheDepartmentsSize() {
        small = new ReviewStepsLoad(jdbc, "QRV");
        small.createBody(1);
        small.addCadres(1, 3, 1, QUARTER);
        long smallSession = small.holdCouncils(1, 1, QUARTER);
        large = new ReviewStepsLoad(jdbc, "QRVL");
        large.createBody(1);
        large.addCadres(1, 12, 1, QUARTER);
        long largeSession = large.holdCouncils(1, 1, QUARTER);

        int[] withThree = councilStatements(small, smallSession, 3);
        int[] withTwelve = councilStatements(large, largeSession, 12);

        assertThat(withTwelve).containsExactly(withThree);
        assertThat(withThree).containsExactly(6, 6, 9, 10, 10, 13);
    }

    @Test
    void statementsForTheChoicesOfTheFormSettingACouncilUpDoNotGrowWithTheUnitsServed() {
        small = new ReviewStepsLoad(jdbc, "QRV");
        small.createBody(3);
        small.addCadres(1, 9, 3, QUARTER);
        large = new ReviewStepsLoad(jdbc, "QRVL");
        large.createBody(9);
        large.addCadres(1, 36, 9, QUARTER);

        // Only the service: the form's page also opens on the reader's default quarter, worked out from the whole
        // to-do list, whose annual dossiers' share is read unit by unit (not this module's). The posts are read twice:
        // the units' own, which name their authorities, then those of every unit the councils draw on (not the
        // province's).
        int withThree = choicesStatements(small, 3);
        int withNine = choicesStatements(large, 9);

        assertThat(withNine).isEqualTo(withThree).isEqualTo(11);
    }

    /** The statements of the units and members the officer serving the agency may choose on the form. */
    private int choicesStatements(ReviewStepsLoad load, int departments) {
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);
        int service = statementsFor(officer, () -> councils.choices());
        CouncilChoices choices = (CouncilChoices) last.get();
        // The agency, its departments and its personnel office; everyone of them may sit on a council.
        assertThat(choices.units()).hasSize(departments + 2);
        assertThat(choices.cadres()).hasSizeGreaterThanOrEqualTo(3 * departments + 2)
                .anyMatch(post -> post.cadreCode().equals(load.officerCode()));
        return service;
    }

    /** The statements of the council's service view, API and page, then of its session's: six figures. */
    private int[] councilStatements(ReviewStepsLoad load, long session, int cadres) {
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);
        long council = jdbc.queryForObject("select council_id from vote_session where id = ?", Long.class, session);
        int service = statementsFor(officer, () -> councils.get(council));
        assertThat(((CouncilView) last.get()).subjects()).hasSize(cadres);
        int api = statements.count(mvc, get("/api/v1/councils/{id}", council).with(TestActors.as(officer)));
        int page = statements.count(mvc, get("/review/councils/{id}", council).with(TestActors.as(officer)));
        int sessionService = statementsFor(officer, () -> councils.session(session));
        VoteSessionView minutes = (VoteSessionView) last.get();
        assertThat(minutes.present()).hasSize(cadres + 1);
        assertThat(minutes.tallies()).hasSize(cadres).allMatch(subject -> subject.result() != null);
        int sessionApi = statements.count(mvc, get("/api/v1/councils/sessions/{id}", session)
                .with(TestActors.as(officer)));
        int minutesPage = statements.count(mvc, get("/review/councils/sessions/{id}/minutes", session)
                .with(TestActors.as(officer)));
        return new int[] {service, api, page, sessionService, sessionApi, minutesPage};
    }

    private int statementsFor(Actor actor, java.util.function.Supplier<?> work) {
        return statements.count(() -> last.set(TestActors.runAs(actor, work)));
    }

    @SuppressWarnings("unchecked")
    private List<CouncilSummary> listed() {
        return (List<CouncilSummary>) last.get();
    }
}
