package vn.danhgia.annual.dossier;

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
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * A unit's annual dossiers and its annual progress board cost the same statements for 20 cadres as for 60, through the
 * service, the API and the page (issue 15 §2: "a statement-count test per board, so that a per-cadre query cannot come
 * back unnoticed"). The made-up agency's one department lies outside the demo office, in the test year 2067, kept by
 * the agency's head; every third person has begun a dossier in it (a proposal uploaded, the complaint file marked not
 * applicable) and every other one a self-review. The progress board reads the unit's dossiers, so both used to look
 * up, one person at a time, a dossier kept at another unit. Everything is removed after.
 */
@DemoDataTest
class AnnualDossierBoardsQueryCountTests {

    private static final int YEAR = 2067;
    private static final String PREFIX = "QYR-DOSS";
    private static final int DOSSIERS_SERVICE_STATEMENTS = 18;
    private static final int DOSSIERS_API_STATEMENTS = 18;
    private static final int DOSSIERS_PAGE_STATEMENTS = 21;
    private static final int PROGRESS_SERVICE_STATEMENTS = 28;
    private static final int PROGRESS_API_STATEMENTS = 28;
    private static final int PROGRESS_PAGE_STATEMENTS = 31;

    @Autowired
    AnnualDossierService dossiers;

    @Autowired
    AnnualProgress progress;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private ProgressBoardLoad load;

    @AfterEach
    void removeTheLoad() {
        String units = "(select id from org_unit where code like '" + PREFIX + "%')";
        jdbc.update("delete from annual_dossier_entry where dossier_id in (select id from annual_dossier"
                + " where unit_id in " + units + ")");
        jdbc.update("delete from annual_dossier where unit_id in " + units);
        jdbc.update("delete from self_review where unit_id in " + units);
        if (load != null) {
            load.remove();
        }
    }

    @Test
    void statementsForTheUnitsDossiersDoNotGrowWithTheNumberOfCadres() {
        Actor head = prepare();
        long department = load.departmentId(1);
        AtomicReference<UnitDossiersView> last = new AtomicReference<>();

        people(1, 20);
        int serviceWithTwenty = statements.count(() -> last.set(TestActors.runAs(head,
                () -> dossiers.unitDossiers(department, YEAR))));
        assertThat(last.get().dossiers()).hasSize(20);
        int apiWithTwenty = statements.count(mvc,
                get("/api/v1/annual/dossiers").param("unit", String.valueOf(department))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithTwenty = statements.count(mvc, get("/annual/dossiers").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        people(21, 60);
        int serviceWithSixty = statements.count(() -> last.set(TestActors.runAs(head,
                () -> dossiers.unitDossiers(department, YEAR))));
        assertThat(last.get().dossiers()).hasSize(60);
        int apiWithSixty = statements.count(mvc,
                get("/api/v1/annual/dossiers").param("unit", String.valueOf(department))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithSixty = statements.count(mvc, get("/annual/dossiers").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(DOSSIERS_SERVICE_STATEMENTS);
        assertThat(apiWithSixty).isEqualTo(apiWithTwenty).isEqualTo(DOSSIERS_API_STATEMENTS);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(DOSSIERS_PAGE_STATEMENTS);
    }

    @Test
    void statementsForTheUnitsProgressDoNotGrowWithTheNumberOfCadres() {
        Actor head = prepare();
        long department = load.departmentId(1);
        AtomicReference<AnnualProgressView> last = new AtomicReference<>();

        people(1, 20);
        int serviceWithTwenty = statements.count(() -> last.set(TestActors.runAs(head,
                () -> progress.of(department, YEAR))));
        assertThat(last.get().dossiers()).isEqualTo(20);
        assertThat(last.get().parts().selfReviews()).isEqualTo(10);
        int apiWithTwenty = statements.count(mvc,
                get("/api/v1/annual/progress").param("unit", String.valueOf(department))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithTwenty = statements.count(mvc, get("/annual/progress").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        people(21, 60);
        int serviceWithSixty = statements.count(() -> last.set(TestActors.runAs(head,
                () -> progress.of(department, YEAR))));
        assertThat(last.get().dossiers()).isEqualTo(60);
        assertThat(last.get().parts().selfReviews()).isEqualTo(30);
        int apiWithSixty = statements.count(mvc,
                get("/api/v1/annual/progress").param("unit", String.valueOf(department))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));
        int pageWithSixty = statements.count(mvc, get("/annual/progress").param("unit", String.valueOf(department))
                .param("year", String.valueOf(YEAR)).with(TestActors.as(head)));

        assertThat(serviceWithSixty).isEqualTo(serviceWithTwenty).isEqualTo(PROGRESS_SERVICE_STATEMENTS);
        assertThat(apiWithSixty).isEqualTo(apiWithTwenty).isEqualTo(PROGRESS_API_STATEMENTS);
        assertThat(pageWithSixty).isEqualTo(pageWithTwenty).isEqualTo(PROGRESS_PAGE_STATEMENTS);
    }

    /** The made-up agency with one department, and its head, who keeps the department's dossiers. */
    private Actor prepare() {
        load = new ProgressBoardLoad(jdbc, PREFIX);
        load.createBody(1);
        return actors.cadre(load.headCode(), Role.UNIT_HEAD);
    }

    /**
     * Cadres {@code from} to {@code to} put in the department; every third begins a dossier there (item 1 uploaded,
     * item 10 marked not applicable), every other one a self-review (submitted for every fourth).
     */
    private void people(int from, int to) {
        load.addCadres(from, to, 1, new Quarter(YEAR, 1));
        long unit = load.departmentId(1);
        Timestamp recorded = Timestamp.from(Instant.parse(YEAR + "-12-05T03:00:00Z"));
        List<Object[]> begun = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            long cadre = jdbc.queryForObject("select id from org_cadre where code = ?", Long.class,
                    String.format("%s-%06d", PREFIX, i));
            if (i % 3 == 0) {
                begun.add(new Object[] {cadre, unit, YEAR});
            }
            if (i % 2 == 0) {
                reviews.add(new Object[] {"C" + cadre, cadre, unit, YEAR, i % 4 == 0 ? "SUBMITTED" : "DRAFT",
                        recorded});
            }
        }
        jdbc.batchUpdate("insert into annual_dossier (holder, subject_id, unit_id, period_year, version)"
                + " values ('INDIVIDUAL', ?, ?, ?, 0)", begun);
        jdbc.batchUpdate("insert into self_review (subject_key, cadre_id, unit_id, review_year, form, status,"
                + " created_at, version) values (?, ?, ?, ?, 'CIVIL_SERVICE', ?, ?, 0)", reviews);
        jdbc.update("insert into annual_dossier_entry (dossier_id, item, entry, original_name, content_type,"
                + " size_bytes, sha256, storage_key, recorded_by, recorded_at) select d.id, 'PROPOSAL', 'UPLOADED',"
                + " 'to-trinh.pdf', 'application/pdf', 1024, ?, ?, 'QYR', ? from annual_dossier d"
                + " where d.unit_id = ? and d.period_year = ? and not exists (select 1 from annual_dossier_entry e"
                + " where e.dossier_id = d.id)", "0".repeat(64), "qyr/to-trinh", recorded, unit, YEAR);
        jdbc.update("insert into annual_dossier_entry (dossier_id, item, entry, reason, recorded_by, recorded_at)"
                + " select d.id, 'COMPLAINT_FILE', 'NOT_APPLICABLE', 'Không có khiếu nại', 'QYR', ?"
                + " from annual_dossier d where d.unit_id = ? and d.period_year = ? and not exists (select 1"
                + " from annual_dossier_entry e where e.dossier_id = d.id and e.item = 'COMPLAINT_FILE')",
                recorded, unit, YEAR);
    }
}
