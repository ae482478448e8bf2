package vn.danhgia.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The morning of a self-assessment deadline (issue 15 §1 and §5; bench/deadline-day/README.md). Starts the application
 * on the PostgreSQL database given by {@code -Dbench.url}, writes a province of {@code -Dbench.cadres} cadres in
 * {@code -Dbench.departments} departments each with an approved plan and a DRAFT self-assessment for the last rated
 * quarter, shifts the application's clock to that quarter's deadline day, and lets {@code -Dbench.users} virtual users
 * over real HTTP take cadres from one queue: sign in as the cadre, open the self-assessment, save an edit, submit it,
 * sign out; unit heads and personnel officers read the progress board meanwhile. Scenarios ({@code -Dbench.scenarios},
 * default {@code one,two,faults}), each for {@code -Dbench.seconds}: one node; two nodes on the same database; two
 * nodes with the database connections cut and then the second node stopped mid-run. With {@code -Dbench.rampSeconds}
 * the users, and the heads and officers reading the board, arrive one after another over that time instead of all at
 * the first second; with {@code -Dbench.warmUpCycles} each node first serves that many submissions and board readings,
 * untimed, as a node that has been up for a while would have. The same rows written by plain JDBC (a batch, and one
 * transaction per submission from as many threads as users) are the baseline. After each scenario the database is
 * counted: one submitted self-assessment per cadre that was submitted, none for the others,
 * nothing half-written, one submit entry in the audit trail each; a count that is off ends the run with exit code 1.
 * Not a test: surefire does not pick it up.
 */
public final class DeadlineDayBenchmark {

    static final String PREFIX = "DL";
    static final String PASSWORD = "deadline-day-password";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DeadlineDayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.println(settings);
        List<String> failures = new ArrayList<>();
        try (DeadlineDayNode first = startNode("node-1", settings, Duration.ZERO)) {
            SchemeCatalog schemes = first.context().getBean(SchemeCatalog.class);
            Quarter quarter = lastRatedQuarter(schemes, LocalDate.now(VIETNAM));
            LocalDate deadlineDay = schemes.byCode(DeadlineDayLoad.SCHEME).orElseThrow()
                    .lastDayInTime(DeadlineStep.SELF_ASSESSMENT, quarter).orElseThrow();
            Duration shift = Duration.ofDays(deadlineDay.toEpochDay() - LocalDate.now(VIETNAM).toEpochDay());
            JdbcTemplate jdbc = first.context().getBean(JdbcTemplate.class);
            long loading = System.nanoTime();
            ProgressBoardLoad body = new ProgressBoardLoad(jdbc, PREFIX);
            body.createBody(settings.departments());
            body.addCadres(1, settings.cadres(), settings.departments(), quarter.previous());
            DeadlineDayLoad morning = new DeadlineDayLoad(jdbc, PREFIX, quarter);
            morning.addDrafts(quarter.firstDay().plusDays(5).atStartOfDay(VIETNAM).toInstant());
            morning.addAccounts(PASSWORD, settings.bcryptStrength(), settings.departments(), settings.officers());
            jdbc.execute("analyze");
            List<DeadlineDayLoad.Draft> drafts = morning.drafts();
            System.out.printf(Locale.ROOT, "loaded %,d cadres in %,d departments, %,d drafts for %s (deadline day %s,"
                            + " the application's clock shifted by %d days) in %.1f s%n", settings.cadres(),
                    settings.departments(), drafts.size(), quarter, deadlineDay, shift.toDays(),
                    (System.nanoTime() - loading) / 1e9);
            List<String> heads = morning.headCodes(settings.heads());
            first.close();

            jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), settings.url(),
                    settings.user(), settings.password()));
            DeadlineDayProvince province = new DeadlineDayProvince(jdbc, quarter, drafts, settings, heads, morning);
            for (String scenario : settings.scenarios()) {
                Report report = switch (scenario) {
                    case "one" -> province.run("one node", List.of(startNode("node-1", settings, shift)), false);
                    case "two" -> province.run("two nodes", List.of(startNode("node-1", settings, shift),
                            startNode("node-2", settings, shift)), false);
                    case "faults" -> province.run("two nodes, faults", List.of(startNode("node-1", settings, shift),
                            startNode("node-2", settings, shift)), true);
                    default -> throw new IllegalArgumentException("unknown scenario " + scenario);
                };
                failures.addAll(report.failures());
            }
            province.printSummary();
        }
        if (!failures.isEmpty()) {
            System.out.println("\nFAILED:");
            failures.forEach(failure -> System.out.println("  " + failure));
            System.exit(1);
        }
        System.exit(0);
    }

    private static DeadlineDayNode startNode(String name, Settings settings, Duration shift) {
        long started = System.nanoTime();
        DeadlineDayNode node = DeadlineDayNode.start(name, settings.url(), settings.user(), settings.password(), shift,
                settings.appArguments());
        System.out.printf(Locale.ROOT, "%s started on %s in %.1f s%n", name, node.base(),
                (System.nanoTime() - started) / 1e9);
        return node;
    }

    /** The newest quarter the scheme rates that has begun: the morning's quarter, its deadline placed on today. */
    private static Quarter lastRatedQuarter(SchemeCatalog schemes, LocalDate today) {
        var scheme = schemes.byCode(DeadlineDayLoad.SCHEME).orElseThrow();
        Quarter quarter = Quarter.containing(today);
        while (!scheme.rates(quarter)) {
            quarter = quarter.previous();
        }
        return quarter;
    }

    /** What a scenario found: the lines of its table and what was wrong. */
    record Report(List<String> lines, List<String> failures) {
    }

    /** The settings of a run, from system properties. */
    record Settings(String url, String user, String password, int cadres, int departments, int users, int seconds,
                    int heads, int officers, int bcryptStrength, boolean sticky, List<String> scenarios,
                    int cutAtSeconds, int stopAtSeconds, int attempts, int baseline,
                    List<String> appArguments, long thinkMillis, int rampSeconds, int warmUpCycles) {

        static Settings fromSystemProperties() {
            String affinity = System.getProperty("bench.affinity", sessionsShared() ? "round-robin" : "sticky");
            String extra = System.getProperty("bench.appArgs", "").strip();
            int seconds = Integer.getInteger("bench.seconds", 60);
            return new Settings(System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/bench_deadline"),
                    System.getProperty("bench.user", "postgres"), System.getProperty("bench.password", ""),
                    Integer.getInteger("bench.cadres", 20_000), Integer.getInteger("bench.departments", 1_000),
                    Integer.getInteger("bench.users", 200), seconds, Integer.getInteger("bench.heads", 10),
                    Integer.getInteger("bench.officers", 5), Integer.getInteger("bench.bcryptStrength", 10),
                    affinity.equals("sticky"),
                    List.of(System.getProperty("bench.scenarios", "one,two,faults").split(",")),
                    Integer.getInteger("bench.cutAt", seconds / 4), Integer.getInteger("bench.stopAt", seconds / 2),
                    Integer.getInteger("bench.attempts", 8), Integer.getInteger("bench.baseline", 1_500),
                    extra.isEmpty() ? List.of() : List.of(extra.split(" ")),
                    Long.getLong("bench.thinkMillis", 0), Integer.getInteger("bench.rampSeconds", 0),
                    Integer.getInteger("bench.warmUpCycles", 0));
        }

        /** Sessions kept in the database (Spring Session JDBC on the classpath) let a user's requests go anywhere. */
        static boolean sessionsShared() {
            return ClassUtils.isPresent("org.springframework.session.jdbc.JdbcIndexedSessionRepository", null);
        }
    }
}
