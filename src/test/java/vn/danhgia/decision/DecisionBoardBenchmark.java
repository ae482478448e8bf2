package vn.danhgia.decision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
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
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * Load harness for the decision board (bench/decision-board/README.md): starts the application on the database given by
 * {@code -Dbench.url} (default: an H2 file under target/bench-decision), writes a province of {@code -Dbench.cadres}
 * cadres (default 20,000) of which one agency of {@code -Dbench.authority} cadres (default 2,000) is decided by its
 * head ({@link DecisionBoardLoad}: self-assessments for one in four, all of them appraised, a head's proposal for every
 * third), and times the head's board for the latest rated quarter: the statements it prepares, the service call, the page
 * over HTTP signed in through the login form, and the API with a bearer token. The data is left in place; run.sh drops
 * the database. Not a test: surefire does not pick it up; run it with bench/decision-board/run.sh.
 */
public final class DecisionBoardBenchmark {

    private static final String PASSWORD = "bench-only-password";
    private static final String USERNAME = "bench-authority";

    private DecisionBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:h2:file:./target/bench-decision/danhgia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int cadres = Integer.getInteger("bench.cadres", 20_000);
        int authority = Integer.getInteger("bench.authority", 2_000);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int runs = Integer.getInteger("bench.runs", 30);
        try (ConfigurableApplicationContext app = BenchApplication.start(url, PASSWORD, StatementCounter.class)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // The latest rated quarter (quarters I–III; the fourth is rated with the year).
            Quarter current = Quarter.containing(LocalDate.now());
            Quarter quarter = current.number() > 3 ? current.previous() : current;
            long started = System.nanoTime();
            // The rest of the province: other agencies, each deciding for its own departments.
            DecisionBoardLoad province = new DecisionBoardLoad(jdbc, "DBPROV");
            int others = cadres - authority;
            province.createBody(others / 50);
            province.addCadres(1, others, others / 50, quarter);
            DecisionBoardLoad agency = new DecisionBoardLoad(jdbc, "DBAUTH");
            agency.createBody(authority / 50);
            agency.addCadres(1, authority, authority / 50, quarter);
            jdbc.execute("analyze");
            System.out.printf(Locale.ROOT, "%n%s%nloaded %,d cadres (an authority of %,d) for %s in %.1f s%n", url,
                    cadres, authority, quarter, (System.nanoTime() - started) / 1e9);

            long headId = jdbc.queryForObject("select id from org_cadre where code = ?", Long.class,
                    agency.headCode());
            app.getBean(UserAccountService.class).createIfAbsent(USERNAME, PASSWORD, "Thủ trưởng thử tải",
                    EnumSet.of(Role.CADRE, Role.AUTHORITY), headId);
            Actor head = new TestActors(app.getBean(UserAccountRepository.class),
                    app.getBean(OrganizationQueries.class)).account(USERNAME);
            DecisionService decisions = app.getBean(DecisionService.class);
            StatementCounter statements = app.getBean(StatementCounter.class);
            DecisionBoard[] board = new DecisionBoard[1];
            int count = statements.count(() -> board[0] = TestActors.runAs(head, () -> decisions.board(quarter)));
            long rows = board[0].groups().stream().mapToLong(group -> group.rows().size()).sum();
            System.out.printf(Locale.ROOT, "board: %,d rows in %d peer groups, %d statements%n", rows,
                    board[0].groups().size(), count);

            BenchTimings.printHeadings(warmup, runs);
            BenchTimings.time("service: DecisionService.board", warmup, runs,
                    () -> TestActors.runAs(head, () -> decisions.board(quarter)));
            BenchHttp http = BenchHttp.signedIn(app, USERNAME, PASSWORD);
            String query = "?year=" + quarter.year() + "&quarter=" + quarter.number();
            BenchTimings.time("HTTP: GET /review/decisions (page, signed in)", warmup, runs,
                    () -> http.page("/review/decisions" + query));
            String token = ApiTokens.issue(app, USERNAME);
            BenchTimings.time("HTTP: GET /api/v1/decisions (JSON, bearer token)", warmup, runs,
                    () -> http.bearer("/api/v1/decisions" + query, token));
        }
    }
}
