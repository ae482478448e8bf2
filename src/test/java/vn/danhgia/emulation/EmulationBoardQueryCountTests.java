package vn.danhgia.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The emulation review board of a year costs the same statements for an office serving 3 departments as for one
 * serving 9, and a department's review meeting with its nominations and their eligibility the same for 3 people as for
 * 12, through the service, the API and the pages (issue 15 §2: "a statement-count test per board, so that a per-cadre
 * query cannot come back unnoticed"). The made-up agencies lie outside the demo office, in the test year 2068, and
 * are removed after.
 */
@DemoDataTest
class EmulationBoardQueryCountTests {

    private static final int YEAR = 2068;

    @Autowired
    EmulationReviews reviews;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final AtomicReference<Object> last = new AtomicReference<>();
    private EmulationBoardLoad small;
    private EmulationBoardLoad large;

    @AfterEach
    void removeTheLoads() {
        for (EmulationBoardLoad load : new EmulationBoardLoad[] {small, large}) {
            if (load != null) {
                load.remove();
            }
        }
    }

    @Test
    void statementsForTheBoardAndAMeetingDoNotGrowWithTheirSize() {
        small = new EmulationBoardLoad(jdbc, "QRV");
        small.create(3, 9, YEAR);
        large = new EmulationBoardLoad(jdbc, "QRVL");
        large.create(9, 108, YEAR);

        int[] withThree = statementsOf(small, 3, 3);
        int[] withNine = statementsOf(large, 9, 12);

        assertThat(withNine).containsExactly(withThree);
        assertThat(withThree).containsExactly(8, 8, 11, 35, 35, 38, 26);
    }

    /**
     * The statements of the board (service, API, page), then of the first department's meeting (service, API, page)
     * and of its eligibility through the API: seven figures.
     */
    private int[] statementsOf(EmulationBoardLoad load, int departments, int people) {
        Actor officer = actors.cadre(load.officerCode(), Role.PERSONNEL_OFFICER);
        int board = statementsFor(officer, () -> reviews.units(YEAR));
        @SuppressWarnings("unchecked")
        List<EmulationReviewUnit> units = (List<EmulationReviewUnit>) last.get();
        assertThat(units.stream().filter(unit -> unit.reviewId() != null)).hasSize(departments);
        int boardApi = statements.count(mvc, get("/api/v1/emulation/reviews").param("year", String.valueOf(YEAR))
                .with(TestActors.as(officer)));
        int boardPage = statements.count(mvc, get("/emulation/reviews").param("year", String.valueOf(YEAR))
                .with(TestActors.as(officer)));

        EmulationReviewUnit first = units.stream().filter(unit -> unit.reviewId() != null)
                .filter(unit -> unit.code().endsWith(".D001")).findFirst().orElseThrow();
        int meeting = statementsFor(officer, () -> reviews.get(first.reviewId()));
        EmulationReviewView view = (EmulationReviewView) last.get();
        assertThat(view.nominations()).hasSize(people + 1);
        // The candidates are everyone holding a post in the department, a second post included, and the collective.
        assertThat(view.candidates().candidates()).hasSizeGreaterThan(people)
                .anyMatch(candidate -> candidate.eligibleTitles().contains(EmulationTitle.ADVANCED_WORKER));
        int meetingApi = statements.count(mvc, get("/api/v1/emulation/reviews/{id}", first.reviewId())
                .with(TestActors.as(officer)));
        int meetingPage = statements.count(mvc, get("/emulation/reviews/{id}", first.reviewId())
                .with(TestActors.as(officer)));
        int eligibilityApi = statements.count(mvc, get("/api/v1/emulation/eligibility")
                .param("unitId", String.valueOf(first.unitId())).param("year", String.valueOf(YEAR))
                .with(TestActors.as(officer)));
        return new int[] {board, boardApi, boardPage, meeting, meetingApi, meetingPage, eligibilityApi};
    }

    private int statementsFor(Actor actor, Supplier<?> work) {
        return statements.count(() -> last.set(TestActors.runAs(actor, work)));
    }
}
