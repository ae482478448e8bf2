package vn.danhgia.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * A unit's year-end subjects (đối tượng kiểm điểm: who is reviewed there, and by which annual authority) cost the same
 * statements for 20 cadres as for 60, through the service, the API and the page (issue 15 §2: "a statement-count test
 * per board, so that a per-cadre query cannot come back unnoticed"; the overview used to read each person's authority
 * one at a time), and an agency's the same for 3 departments reviewed as collectives as for 9 (it read each
 * collective's authority one at a time). The made-up agencies lie outside the demo office, in the test year 2067, and
 * are read by their heads. Everything is removed after.
 */
@DemoDataTest
class AnnualSubjectsQueryCountTests {

    private static final int YEAR = 2067;
    private static final String PREFIX = "QYR-SUBJ";
    private static final int SERVICE_STATEMENTS = 17;
    private static final int API_STATEMENTS = 18;
    private static final int PAGE_STATEMENTS = 22;
    private static final int AGENCY_STATEMENTS = 19;

    @Autowired
    SubjectsAccess subjects;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationQueries organization;

    private final AtomicReference<SubjectsOverview> last = new AtomicReference<>();
    private final List<ProgressBoardLoad> loads = new ArrayList<>();

    @AfterEach
    void removeTheLoads() {
        jdbc.update("delete from review_subject where unit_id in (select id from org_unit where code like ?)",
                PREFIX + "%");
        loads.forEach(ProgressBoardLoad::remove);
    }

    @Test
    void statementsForTheUnitsSubjectsDoNotGrowWithTheNumberOfCadres() {
        ProgressBoardLoad load = body(PREFIX, 1);
        String department = load.departmentCode(1);
        UnitId unit = new UnitId(load.departmentId(1));
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);

        load.addCadres(1, 20, 1, new Quarter(YEAR, 1));
        int serviceWithTwenty = statementsFor(head, unit);
        assertThat(last.get().individuals()).hasSize(20);
        int apiWithTwenty = statements.count(mvc, get("/api/v1/annual/subjects").param("unit", department)
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithTwenty = statements.count(mvc, get("/annual/subjects").param("unit", department)
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        load.addCadres(21, 60, 1, new Quarter(YEAR, 1));
        int serviceWithSixty = statementsFor(head, unit);
        assertThat(last.get().individuals()).hasSize(60);
        int apiWithSixty = statements.count(mvc, get("/api/v1/annual/subjects").param("unit", department)
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithSixty = statements.count(mvc, get("/annual/subjects").param("unit", department)
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(SERVICE_STATEMENTS);
        assertThat(apiWithSixty).isEqualTo(apiWithTwenty).isEqualTo(API_STATEMENTS);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(PAGE_STATEMENTS);
    }

    /**
     * Two agencies, of 3 and of 9 departments with three people each, every department reviewed as a leadership
     * collective: the agency's overview lists each department with its own authority.
     */
    @Test
    void statementsForAnAgencysSubjectsDoNotGrowWithTheNumberOfCollectives() {
        int withThree = agencyStatements(PREFIX + "-A", 3);
        int withNine = agencyStatements(PREFIX + "-B", 9);

        assertThat(withNine).isEqualTo(withThree).isEqualTo(AGENCY_STATEMENTS);
    }

    private int agencyStatements(String prefix, int departments) {
        ProgressBoardLoad load = body(prefix, departments);
        load.addCadres(1, 3 * departments, departments, new Quarter(YEAR, 1));
        for (int department = 1; department <= departments; department++) {
            jdbc.update("insert into review_subject (unit_id, subject_kind, residential, version)"
                    + " values (?, 'LEADERSHIP_COLLECTIVE', false, 0)", load.departmentId(department));
        }
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);
        UnitId agency = organization.unitByCode(prefix).orElseThrow().id();
        int count = statementsFor(head, agency);
        assertThat(last.get().collectives()).hasSize(departments);
        assertThat(last.get().individuals()).hasSize(1 + 3 * departments);
        return count;
    }

    private ProgressBoardLoad body(String prefix, int departments) {
        ProgressBoardLoad load = new ProgressBoardLoad(jdbc, prefix);
        loads.add(load);
        load.createBody(departments);
        return load;
    }

    private int statementsFor(Actor actor, UnitId unit) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> subjects.overview(unit, YEAR))));
    }
}
