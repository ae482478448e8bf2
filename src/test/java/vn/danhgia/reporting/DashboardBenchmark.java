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
 * twelve quarters of self-assessments, appraisals and ratings for each, then times, {@code -Dbench.runs} times each
 * (default 5): the dashboard service for the whole province (administrator) and for the agency's head, the same
 * narrowed to one department, three drill-downs (a level, a score band, a step not done), and the whole page and its
 * JSON over HTTP on the running server, signed in as the administrator. Expects an empty database of its own (run.sh
 * makes one) and leaves the load there, to look at the plans. Not a test: surefire does not pick it up.
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
        int runs = Integer.getInteger("bench.runs", 5);
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
            time(runs, "service: dashboard, whole province (admin)", admin, () -> dashboards.dashboard(KEY, null));
            time(runs, "service: dashboard, the agency (its head)", head, () -> dashboards.dashboard(KEY, null));
            time(runs, "service: dashboard, one department", head, () -> dashboards.dashboard(KEY, department));
            time(runs, "service: people decided GOOD (first 200)", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, "GOOD", null, null, null, LAST)));
            time(runs, "service: people in band 90 – under 100", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, null, null, "FROM_90", null, LAST)));
            time(runs, "service: people not announced", admin, () -> dashboards.people(
                    DashboardSlice.parse(KEY, null, null, null, null, null, "ANNOUNCED", LAST)));

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http http = new Http("http://localhost:" + port);
            http.login("admin", PASSWORD);
            String adminToken = vn.danhgia.support.ApiTokens.issue(app, "admin");
            timeHttp(runs, "HTTP: GET /dashboard (whole page, admin)", () -> http.page("/dashboard?quarter=" + KEY));
            timeHttp(runs, "HTTP: GET /api/v1/dashboard (JSON, admin, bearer token)",
                    () -> http.bearer("/api/v1/dashboard?quarter=" + KEY, adminToken));
            timeHttp(runs, "HTTP: GET /dashboard/people?decided=GOOD (htmx fragment)",
                    () -> http.page("/dashboard/people?quarter=" + KEY + "&decided=GOOD"));
        }
    }

    private static void time(int runs, String label, Actor actor, Supplier<Object> work) {
        List<String> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            TestActors.runAs(actor, work);
            times.add(String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6));
        }
        System.out.printf(Locale.ROOT, "%-58s ms: %s%n", label, String.join(", ", times));
    }

    private static void timeHttp(int runs, String label, HttpCall call) throws IOException, InterruptedException {
        List<String> times = new ArrayList<>();
        int size = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.get();
            times.add(String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + " answered " + response.statusCode());
            }
            size = response.body().length();
        }
        System.out.printf(Locale.ROOT, "%-58s ms: %s (%,d characters)%n", label, String.join(", ", times), size);
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
