package vn.danhgia.reporting.progress;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.platform.accounts.UserAccountService;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.ApiTokens;
import vn.danhgia.support.BenchApplication;
import vn.danhgia.support.BenchHttp;
import vn.danhgia.support.BenchTimings;
import vn.danhgia.support.TestActors;

/**
 * Load harness for the progress board (bench/progress-board/README.md): starts the application on the database given
 * by {@code -Dbench.url} (default: an H2 file under target/bench), writes a made-up agency of {@code -Dbench.cadres}
 * cadres (default 20,000) in {@code -Dbench.departments} departments with plans and self-assessments for the current
 * quarter, and times the board as the agency's head, who sees everyone: the service (the first page, a far page, a
 * status, a department, two searches), then over HTTP on the running server, signed in through the login form, the
 * page and its JSON. Prints p50, p95 and the slowest of {@code -Dbench.runs} runs after {@code -Dbench.warmup}
 * untimed ones. Expects an empty database of its own (run.sh makes one) and leaves the load there, to look at the
 * plans. Not a test: surefire does not pick it up; run it with bench/progress-board/run.sh.
 */
public final class ProgressBoardBenchmark {

    private static final String USERNAME = "bench-head";
    private static final String PASSWORD = "bench-only-password";

    private ProgressBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:h2:file:./target/bench/danhgia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int cadres = Integer.getInteger("bench.cadres", 20_000);
        int departments = Integer.getInteger("bench.departments", 400);
        int warmup = Integer.getInteger("bench.warmup", 15);
        int runs = Integer.getInteger("bench.runs", 30);
        try (ConfigurableApplicationContext app = BenchApplication.start(url, PASSWORD)) {
            System.out.println("database: " + app.getEnvironment().getProperty("spring.datasource.url"));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProgressBoardService boards = app.getBean(ProgressBoardService.class);
            Quarter quarter = boards.currentQuarter();
            ProgressBoardLoad load = new ProgressBoardLoad(jdbc, "BENCH");
            long started = System.nanoTime();
            load.createBody(departments);
            load.addCadres(1, cadres, departments, quarter);
            // Fresh statistics after the bulk load, as autovacuum would give a real database.
            jdbc.execute("analyze");
            System.out.printf(Locale.ROOT, "%n%s%nloaded %,d cadres in %,d departments for %s in %.1f s (today %s)%n",
                    url, cadres, departments, quarter, (System.nanoTime() - started) / 1e9, LocalDate.now());

            long headId = jdbc.queryForObject("select id from org_cadre where code = ?", Long.class, load.headCode());
            app.getBean(UserAccountService.class).createIfAbsent(USERNAME, PASSWORD, "Trưởng đơn vị thử tải",
                    EnumSet.of(Role.CADRE, Role.UNIT_HEAD), headId);
            Actor head = new TestActors(app.getBean(UserAccountRepository.class),
                    app.getBean(OrganizationQueries.class)).account(USERNAME);
            long department = jdbc.queryForObject("select id from org_unit where code = ?", Long.class,
                    load.departmentCode(6));
            BenchTimings.printHeadings(warmup, runs);
            service("first page (all " + cadres + ")", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "", 1)));
            service("page 200 of all", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "", 200)));
            service("status LATE, page 3", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, ProgressStatus.LATE, "", 3)));
            service("one department + NO_PLAN", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, department, ProgressStatus.NO_PLAN, "", 1)));
            service("search \"nguyen van an\"", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "nguyen van an", 1)));
            service("search \"Lương Thị Mai\"", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "Lương Thị Mai", 1)));

            BenchHttp http = BenchHttp.signedIn(app, USERNAME, PASSWORD);
            String token = ApiTokens.issue(app, USERNAME);
            String key = "?quarter=" + ProgressFilter.format(quarter);
            BenchTimings.time("HTTP: GET /progress (first page of all)", warmup, runs,
                    () -> http.page("/progress" + key));
            BenchTimings.time("HTTP: GET /progress, status LATE, page 3", warmup, runs,
                    () -> http.page("/progress" + key + "&status=LATE&page=3"));
            BenchTimings.time("HTTP: GET /api/v1/progress (first page of all)", warmup, runs,
                    () -> http.bearer("/api/v1/progress" + key, token));
        }
    }

    /** Times the service call as the person and says how many rows of how many it answered. */
    private static void service(String name, Actor actor, int warmup, int runs, Supplier<ProgressBoard> board)
            throws Exception {
        ProgressBoard last = TestActors.runAs(actor, board);
        BenchTimings.time(String.format(Locale.ROOT, "service: %s, %d of %,d rows", name, last.rows().size(),
                last.matching()), warmup, runs, () -> TestActors.runAs(actor, board));
    }
}
