package vn.danhgia.annual.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The list of who at a unit has begun or submitted the year's self-review (bản kiểm điểm) costs the same statements
 * for 20 cadres as for 60, through the service, the API and the page (issue 15 §2: "a statement-count test per board,
 * so that a per-cadre query cannot come back unnoticed"). The made-up agency's one department lies outside the demo
 * office, in the test year 2067, and is read by the agency's head; every other person has opened a self-review, every
 * fourth submitted it. Everything is removed after.
 */
@DemoDataTest
class SelfReviewListQueryCountTests {

    private static final int YEAR = 2067;
    private static final String PREFIX = "QYR-SELF";
    private static final int SERVICE_STATEMENTS = 12;
    private static final int API_STATEMENTS = 12;
    private static final int PAGE_STATEMENTS = 15;

    @Autowired
    SelfReviewService reviews;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final AtomicReference<List<SelfReviewLine>> last = new AtomicReference<>();
    private ProgressBoardLoad load;

    @AfterEach
    void removeTheLoad() {
        jdbc.update("delete from self_review where unit_id in (select id from org_unit where code like ?)",
                PREFIX + "%");
        if (load != null) {
            load.remove();
        }
    }

    @Test
    void statementsForTheUnitsSelfReviewsDoNotGrowWithTheNumberOfCadres() {
        load = new ProgressBoardLoad(jdbc, PREFIX);
        load.createBody(1);
        long department = load.departmentId(1);
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);

        people(1, 20);
        int serviceWithTwenty = statementsFor(head, department);
        assertThat(last.get()).hasSize(20).filteredOn(line -> line.id() != null).hasSize(10);
        int apiWithTwenty = statements.count(mvc, get("/api/v1/annual/self-reviews")
                .param("unit", String.valueOf(department)).param("year", String.valueOf(YEAR))
                .with(TestActors.as(head)));
        int pageWithTwenty = statements.count(mvc, get("/annual/self-reviews").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        people(21, 60);
        int serviceWithSixty = statementsFor(head, department);
        assertThat(last.get()).hasSize(60).filteredOn(line -> line.id() != null).hasSize(30);
        int apiWithSixty = statements.count(mvc, get("/api/v1/annual/self-reviews")
                .param("unit", String.valueOf(department)).param("year", String.valueOf(YEAR))
                .with(TestActors.as(head)));
        int pageWithSixty = statements.count(mvc, get("/annual/self-reviews").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(SERVICE_STATEMENTS);
        assertThat(apiWithSixty).isEqualTo(apiWithTwenty).isEqualTo(API_STATEMENTS);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(PAGE_STATEMENTS);
    }

    /** Cadres {@code from} to {@code to} put in the department; every other one opens a self-review. */
    private void people(int from, int to) {
        load.addCadres(from, to, 1, new Quarter(YEAR, 1));
        long unit = load.departmentId(1);
        Timestamp opened = Timestamp.from(Instant.parse(YEAR + "-12-05T03:00:00Z"));
        List<Object[]> begun = new ArrayList<>();
        for (int i = from + from % 2; i <= to; i += 2) {
            long cadre = jdbc.queryForObject("select id from org_cadre where code = ?", Long.class,
                    String.format("%s-%06d", PREFIX, i));
            begun.add(new Object[] {"C" + cadre, cadre, unit, YEAR, i % 4 == 0 ? "SUBMITTED" : "DRAFT", opened});
        }
        jdbc.batchUpdate("insert into self_review (subject_key, cadre_id, unit_id, review_year, form, status,"
                + " created_at, version) values (?, ?, ?, ?, 'CIVIL_SERVICE', ?, ?, 0)", begun);
    }

    private int statementsFor(Actor actor, long unit) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> reviews.ofUnit(unit, YEAR))));
    }
}
