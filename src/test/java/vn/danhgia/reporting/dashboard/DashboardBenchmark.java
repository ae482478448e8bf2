package vn.danhgia.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.ApiTokens;
import vn.danhgia.support.BenchApplication;
import vn.danhgia.support.BenchHttp;
import vn.danhgia.support.BenchTimings;
import vn.danhgia.support.TestActors;

/**
 * Load harness for the dashboard (bench/dashboard/README.md): starts the application on the database given by
 * {@code -Dbench.url} (default: an H2 file under target/bench-dashboard), writes {@code -Dbench.cadres} made-up cadres
 * (default 20,000) in {@code -Dbench.departments} departments (default 1,000) with the progress board's generator and
 * twelve quarters of self-assessments, appraisals and ratings for each (recomputing the kept figures after each
 * quarter, as a bulk writer does), checks the kept figures against the source rows, then times, after
 * {@code -Dbench.warmups} untimed runs (default 5), {@code -Dbench.runs} runs each (default 30) and prints p50, p95 and
 * the slowest: the dashboard service for the whole province (administrator), for the agency's head and narrowed to
 * one department, each beside its baseline (the same dashboard counted from the source rows, as before issue 15);
 * three drill-downs (a level, a score band, a step not done); and over HTTP on the running server, signed in as the
 * administrator, the whole-province page, its JSON, one department's page, the unit filter's options and a drill-down.
 * Expects an empty database of its own (run.sh makes one) and leaves the load there, to look at the plans. Not a
 * test: surefire does not pick it up.
 */
public final class DashboardBenchmark {

    private static final String PREFIX = "DASH";
    private static final Quarter LAST = new Quarter(2035, 3);
    private static final String KEY = "2035-Q3";
    private static final String PASSWORD = "bench-only-password";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:h2:file:./target/bench-dashboard/danhgia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int cadres = Integer.getInteger("bench.cadres", 20_000);
        int departments = Integer.getInteger("bench.departments", 1_000);
        int runs = Integer.getInteger("bench.runs", 30);
        int warmups = Integer.getInteger("bench.warmups", 5);
        try (ConfigurableApplicationContext app = BenchApplication.start(url, PASSWORD)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            DashboardService dashboards = app.getBean(DashboardService.class);
            ProgressBoardLoad body = new ProgressBoardLoad(jdbc, PREFIX);
            DashboardLoad history = new DashboardLoad(jdbc, app.getBean(DashboardFigures.class), PREFIX);
            long started = System.nanoTime();
            body.createBody(departments);
            body.addCadres(1, cadres, departments, LAST.next());
            List<Quarter> quarters = new ArrayList<>();
            for (Quarter quarter = LAST; quarters.size() < Dashboard.TREND_QUARTERS; quarter = quarter.previous()) {
                quarters.add(0, quarter);
            }
            int ratings = history.addQuarters(quarters);
            jdbc.execute("analyze");
            System.out.printf(Locale.ROOT, "%n%s%nloaded %,d cadres in %,d departments and %,d ratings over %d quarters"
                            + " in %.1f s%n", url, cadres, departments, ratings, quarters.size(),
                    (System.nanoTime() - started) / 1e9);

            TestActors actors = new TestActors(app.getBean(UserAccountRepository.class),
                    app.getBean(OrganizationQueries.class));
            Actor admin = actors.account("admin");
            Actor head = actors.cadre(body.headCode(), Role.UNIT_HEAD);
            long department = body.departmentId(7);
            long checkStarted = System.nanoTime();
            int differences = app.getBean(DashboardFigures.class).check().size();
            System.out.printf(Locale.ROOT, "kept figures that differ from the source rows: %d (check took %.0f ms)%n",
                    differences, (System.nanoTime() - checkStarted) / 1e6);
            BenchTimings.printHeadings(warmups, runs);
            BenchTimings.time("service: dashboard, whole province (admin)", warmups, runs,
                    () -> TestActors.runAs(admin, () -> dashboards.dashboard(KEY, null)));
            BenchTimings.time("  baseline: from the source rows", warmups, runs,
                    () -> TestActors.runAs(admin, () -> dashboards.dashboardFromSourceRows(KEY, null)));
            BenchTimings.time("service: dashboard, the agency (its head)", warmups, runs,
                    () -> TestActors.runAs(head, () -> dashboards.dashboard(KEY, null)));
            BenchTimings.time("  baseline: from the source rows", warmups, runs,
                    () -> TestActors.runAs(head, () -> dashboards.dashboardFromSourceRows(KEY, null)));
            BenchTimings.time("service: dashboard, one department (20 cadres)", warmups, runs,
                    () -> TestActors.runAs(head, () -> dashboards.dashboard(KEY, department)));
            BenchTimings.time("  baseline: from the source rows", warmups, runs,
                    () -> TestActors.runAs(head, () -> dashboards.dashboardFromSourceRows(KEY, department)));
            BenchTimings.time("service: people decided GOOD (first 200)", warmups, runs,
                    () -> TestActors.runAs(admin, () -> dashboards.people(
                            DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, LAST))));
            BenchTimings.time("service: people in band 90 – under 100", warmups, runs,
                    () -> TestActors.runAs(admin, () -> dashboards.people(
                            DashboardSlice.parse(KEY, null, null, null, null, "FROM_90", null, LAST))));
            BenchTimings.time("service: people not announced", warmups, runs,
                    () -> TestActors.runAs(admin, () -> dashboards.people(
                            DashboardSlice.parse(KEY, null, null, null, null, null, "ANNOUNCED", LAST))));

            BenchHttp http = BenchHttp.signedIn(app, "admin", PASSWORD);
            String adminToken = ApiTokens.issue(app, "admin");
            BenchTimings.time("HTTP: GET /dashboard (whole province page, admin)", warmups, runs,
                    () -> http.page("/dashboard?quarter=" + KEY));
            BenchTimings.time("HTTP: GET /api/v1/dashboard (whole province JSON, admin)", warmups, runs,
                    () -> http.bearer("/api/v1/dashboard?quarter=" + KEY, adminToken));
            BenchTimings.time("HTTP: GET /dashboard?unit= (one department page, admin)", warmups, runs,
                    () -> http.page("/dashboard?quarter=" + KEY + "&unit=" + department));
            BenchTimings.time("HTTP: GET /dashboard/units (the filter's 1,001 units, htmx)", warmups, runs,
                    () -> http.fragment("/dashboard/units"));
            BenchTimings.time("HTTP: GET /dashboard/people?decided=GOOD (htmx fragment)", warmups, runs,
                    () -> http.fragment("/dashboard/people?quarter=" + KEY + "&decided=GOOD"));
        }
    }
}
