package vn.danhgia.reporting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.DanhgiaApplication;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.UserAccountRepository;
import vn.danhgia.scheme.Quarter;
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
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DanhgiaApplication.class)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                        "--server.port=0", "--danhgia.admin.password=" + PASSWORD, "--danhgia.reminders.cron=-",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
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
            System.out.printf(Locale.ROOT, "%d warm-up runs, then %d timed; ms%n", warmups, runs);
            System.out.printf(Locale.ROOT, "%-62s %8s %8s %8s%n", "call", "p50", "p95", "max");
            time(warmups, runs, "service: dashboard, whole province (admin)", admin,
                    () -> dashboards.dashboard(KEY, null));
            time(warmups, runs, "  baseline: from the source rows", admin,
                    () -> dashboards.dashboardFromSourceRows(KEY, null));
            time(warmups, runs, "service: dashboard, the agency (its head)", head,
                    () -> dashboards.dashboard(KEY, null));
            time(warmups, runs, "  baseline: from the source rows", head,
                    () -> dashboards.dashboardFromSourceRows(KEY, null));
            time(warmups, runs, "service: dashboard, one department (20 cadres)", head,
                    () -> dashboards.dashboard(KEY, department));
            time(warmups, runs, "  baseline: from the source rows", head,
                    () -> dashboards.dashboardFromSourceRows(KEY, department));
            time(warmups, runs, "service: people decided GOOD (first 200)", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, LAST)));
            time(warmups, runs, "service: people in band 90 – under 100", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, null, null, "FROM_90", null, LAST)));
            time(warmups, runs, "service: people not announced", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, null, null, null, "ANNOUNCED", LAST)));

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http http = new Http("http://localhost:" + port);
            http.login("admin", PASSWORD);
            String adminToken = vn.danhgia.support.ApiTokens.issue(app, "admin");
            timeHttp(warmups, runs, "HTTP: GET /dashboard (whole province page, admin)",
                    () -> http.page("/dashboard?quarter=" + KEY));
            timeHttp(warmups, runs, "HTTP: GET /api/v1/dashboard (whole province JSON, admin)",
                    () -> http.bearer("/api/v1/dashboard?quarter=" + KEY, adminToken));
            timeHttp(warmups, runs, "HTTP: GET /dashboard?unit= (one department page, admin)",
                    () -> http.page("/dashboard?quarter=" + KEY + "&unit=" + department));
            timeHttp(warmups, runs, "HTTP: GET /dashboard/units (the filter's 1,001 units, htmx)",
                    () -> http.page("/dashboard/units"));
            timeHttp(warmups, runs, "HTTP: GET /dashboard/people?decided=GOOD (htmx fragment)",
                    () -> http.page("/dashboard/people?quarter=" + KEY + "&decided=GOOD"));
        }
    }

    private static void time(int warmups, int runs, String label, Actor actor, Supplier<Object> work) {
        for (int run = 0; run < warmups; run++) {
            TestActors.runAs(actor, work);
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            TestActors.runAs(actor, work);
            times.add((System.nanoTime() - start) / 1e6);
        }
        print(label, times, "");
    }

    private static void timeHttp(int warmups, int runs, String label, HttpCall call)
            throws IOException, InterruptedException {
        for (int run = 0; run < warmups; run++) {
            call.get();
        }
        List<Double> times = new ArrayList<>();
        int size = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.get();
            times.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + " answered " + response.statusCode());
            }
            size = response.body().length();
        }
        print(label, times, String.format(Locale.ROOT, " (%,d characters)", size));
    }

    /** The median, the 95th percentile (nearest rank) and the slowest run. */
    private static void print(String label, List<Double> times, String note) {
        List<Double> sorted = times.stream().sorted().toList();
        double p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(Locale.ROOT, "%-62s %8.1f %8.1f %8.1f%s%n", label, p50, p95, sorted.get(sorted.size() - 1),
                note);
    }

    @FunctionalInterface
    private interface HttpCall {
        HttpResponse<String> get() throws IOException, InterruptedException;
    }

    /** A browser-like client: signs in through the login form (CSRF token, session cookie). */
    private static final class Http {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Http(String base) {
            this.base = base;
        }

        void login(String username, String password) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(page("/login").body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
            client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> page(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> bearer(String path, String token) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
