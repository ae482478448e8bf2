package vn.danhgia.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.scheme.Quarter;

/**
 * The province on the morning of the deadline: one queue of drafts that every scenario takes from (a cadre submits
 * once in the whole run), the cadres each scenario submitted, and the summary table. The last {@code baseline} drafts
 * are kept out of the queue for the plain JDBC baseline.
 */
final class DeadlineDayProvince {

    private final JdbcTemplate jdbc;
    private final Quarter quarter;
    private final DeadlineDayBenchmark.Settings settings;
    private final List<String> headCodes;
    private final DeadlineDayLoad load;
    private final Queue<DeadlineDayLoad.Draft> queue;
    private final List<DeadlineDayLoad.Draft> reserved;
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private final Set<Long> overHttp = ConcurrentHashMap.newKeySet();
    private final Set<Long> gaveUp = ConcurrentHashMap.newKeySet();
    private final List<String> summary = new ArrayList<>();

    DeadlineDayProvince(JdbcTemplate jdbc, Quarter quarter, List<DeadlineDayLoad.Draft> drafts,
                        DeadlineDayBenchmark.Settings settings, List<String> headCodes, DeadlineDayLoad load) {
        this.jdbc = jdbc;
        this.quarter = quarter;
        this.settings = settings;
        this.headCodes = headCodes;
        this.load = load;
        // In the order of their codes the first thousand would be the departments' heads: the morning comes mixed.
        drafts = new ArrayList<>(drafts);
        java.util.Collections.shuffle(drafts, new java.util.Random(15));
        int kept = Math.min(drafts.size() / 2, settings.baseline() * 2 * settings.scenarios().size());
        this.queue = new ConcurrentLinkedQueue<>(drafts.subList(0, drafts.size() - kept));
        this.reserved = new ArrayList<>(drafts.subList(drafts.size() - kept, drafts.size()));
    }

    /**
     * One scenario on these nodes (closed at its end); with {@code faults}, the database connections are cut and
     * then the last node stopped, at the moments the settings give.
     */
    DeadlineDayBenchmark.Report run(String name, List<DeadlineDayNode> nodes, boolean faults) throws Exception {
        Latencies latencies = new Latencies();
        Nodes balancer = new Nodes(nodes.stream().map(DeadlineDayNode::base).toList(), settings.sticky(),
                DeadlineDayBenchmark.Settings.sessionsShared());
        warmUp(balancer, nodes.size());
        long start = System.nanoTime();
        long end = start + settings.seconds() * 1_000_000_000L;
        Set<Long> mine = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            VirtualUser user = new VirtualUser(balancer, i, latencies, DeadlineDayBenchmark.PASSWORD,
                    settings.thinkMillis());
            long arrival = start + settings.rampSeconds() * 1_000_000_000L * i / settings.users();
            threads.add(start("user-" + i, () -> submitAll(user, arrival, end, mine)));
        }
        List<Thread> readers = new ArrayList<>();
        int readerCount = headCodes.size() + settings.officers();
        for (int i = 0; i < readerCount; i++) {
            String who = i < headCodes.size() ? headCodes.get(i) : load.officerCode(i - headCodes.size() + 1);
            VirtualUser reader = new VirtualUser(balancer, i, latencies, DeadlineDayBenchmark.PASSWORD, 0);
            long arrival = start + settings.rampSeconds() * 1_000_000_000L * i / readerCount;
            readers.add(start("reader-" + i, () -> readBoard(reader, who, arrival, end)));
        }
        Thread faulting = faults ? start("faults", () -> inject(nodes, latencies, start))
                : null;
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread reader : readers) {
            reader.join();
        }
        if (faulting != null) {
            faulting.join();
        }
        nodes.forEach(DeadlineDayNode::close);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%n== %s (%d nodes, %s, %d users arriving over %d s, thinking %d ms"
                        + " before a request + %d heads + %d officers reading the progress board) ==", name,
                nodes.size(), settings.sticky() ? "sticky" : "round robin", settings.users(), settings.rampSeconds(),
                settings.thinkMillis(), headCodes.size(), settings.officers()));
        lines.addAll(latencies.table(seconds));
        double rate = mine.size() / seconds;
        lines.add(String.format(Locale.ROOT, "  submissions: %,d in %.1f s = %.1f per s; p99 of all requests %.0f ms",
                mine.size(), seconds, rate, latencies.percentileMillis(99)));
        lines.add("  errors: " + (latencies.errorCount() == 0 ? "none" : latencies.errorsByKind()));
        lines.add("  events: " + latencies.eventCounts());
        latencies.firstErrorBodies().forEach(body -> lines.add("    first errors: " + body));
        if (faults) {
            latencies.recovery().forEach(line -> lines.add("  recovery: " + line));
        }
        JdbcBaseline.Figures baseline = baseline(mine.size());
        lines.add(baseline.describe(rate));
        List<String> failures = new SubmissionCount(jdbc, quarter, DeadlineDayBenchmark.PREFIX).check(submitted, overHttp, gaveUp, lines);
        lines.forEach(System.out::println);
        summary.add(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f / %.0f / %.0f | %d | %.1f (%.0f %%) | %.1f"
                        + " (%.0f %%) |", name, mine.size(), rate, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.errorCount(),
                baseline.batchRate(), 100 * rate / baseline.batchRate(), baseline.threadedRate(),
                100 * rate / baseline.threadedRate()));
        return new DeadlineDayBenchmark.Report(lines, failures.stream().map(f -> name + ": " + f).toList());
    }

    private void submitAll(VirtualUser user, long arrival, long end, Set<Long> mine) {
        try {
            sleepUntil(arrival);
            while (System.nanoTime() < end) {
                DeadlineDayLoad.Draft draft = queue.poll();
                if (draft == null) {
                    return;
                }
                VirtualUser.Outcome outcome = user.submitAs(DeadlineDayLoad.username(draft.cadreCode()), quarter,
                        settings.attempts());
                if (outcome == VirtualUser.Outcome.GAVE_UP) {
                    gaveUp.add(draft.cadreId());
                } else {
                    submitted.add(draft.cadreId());
                    overHttp.add(draft.cadreId());
                    mine.add(draft.cadreId());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Untimed: each node serves {@code warmUpCycles} submissions (counted after the run like the others, not in the
     * scenario's throughput) and as many looks at the officers' board, one after another, so the scenario meets
     * nodes whose code is compiled and whose pools are filled rather than ones started a second ago.
     */
    private void warmUp(Nodes balancer, int nodes) throws InterruptedException {
        Latencies untimed = new Latencies();
        List<VirtualUser> readers = new ArrayList<>();
        for (int i = 0; i < settings.warmUpCycles() * nodes; i++) {
            DeadlineDayLoad.Draft draft = queue.poll();
            if (draft == null) {
                break;
            }
            VirtualUser user = new VirtualUser(balancer, i, untimed, DeadlineDayBenchmark.PASSWORD, 0);
            if (user.submitAs(DeadlineDayLoad.username(draft.cadreCode()), quarter, settings.attempts())
                    == VirtualUser.Outcome.GAVE_UP) {
                gaveUp.add(draft.cadreId());
            } else {
                submitted.add(draft.cadreId());
                overHttp.add(draft.cadreId());
            }
            if (settings.officers() > 0) {
                try {
                    if (readers.size() <= i % nodes) {
                        VirtualUser reader = new VirtualUser(balancer, i, untimed, DeadlineDayBenchmark.PASSWORD, 0);
                        reader.signIn(DeadlineDayLoad.username(load.officerCode(1)));
                        readers.add(reader);
                    }
                    readers.get(i % nodes).read(boardPath());
                } catch (RuntimeException failed) {
                    // Counted in the untimed latencies, printed below; the scenario starts anyway.
                }
            }
        }
        if (untimed.errorCount() > 0) {
            System.out.println("  warm-up errors: " + untimed.errorsByKind());
        }
    }

    private String boardPath() {
        return "/progress?quarter=" + quarter.year() + "-Q" + quarter.number();
    }

    /** A head or an officer looking at the progress board every two seconds or so. */
    private void readBoard(VirtualUser reader, String cadreCode, long arrival, long end) {
        String board = boardPath();
        try {
            sleepUntil(arrival);
            boolean signedIn = false;
            while (System.nanoTime() < end) {
                try {
                    if (!signedIn) {
                        reader.signIn(DeadlineDayLoad.username(cadreCode));
                        signedIn = true;
                    }
                    reader.read(board);
                } catch (RuntimeException failed) {
                    signedIn = false;
                }
                Thread.sleep(2_000);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** §5: the database connections cut at {@code cutAt}, the last node stopped at {@code stopAt}. */
    private void inject(List<DeadlineDayNode> nodes, Latencies latencies, long start) {
        try {
            sleepUntil(start, settings.cutAtSeconds());
            latencies.watch("database connections cut");
            try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                    settings.password()); Statement statement = connection.createStatement()) {
                var cut = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()");
                cut.next();
                System.out.printf(Locale.ROOT, "  fault at %d s: %d database connections cut%n",
                        settings.cutAtSeconds(), cut.getLong(1));
            }
            sleepUntil(start, settings.stopAtSeconds());
            latencies.watch("node stopped");
            DeadlineDayNode last = nodes.get(nodes.size() - 1);
            last.close();
            System.out.printf(Locale.ROOT, "  fault at %d s: %s stopped%n", settings.stopAtSeconds(), last.name());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void sleepUntil(long start, int seconds) throws InterruptedException {
        sleepUntil(start + seconds * 1_000_000_000L);
    }

    /** Until {@code System.nanoTime()} reaches {@code at}. */
    private static void sleepUntil(long at) throws InterruptedException {
        long wait = at - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** The same rows for as many submissions, written by plain JDBC (from the reserve, half for each way). */
    private JdbcBaseline.Figures baseline(int submissions) {
        int count = Math.max(1, Math.min(submissions, reserved.size() / 2));
        List<DeadlineDayLoad.Draft> batch = new ArrayList<>(reserved.subList(0, count));
        List<DeadlineDayLoad.Draft> threaded = new ArrayList<>(reserved.subList(count, 2 * count));
        reserved.subList(0, 2 * count).clear();
        JdbcBaseline.Figures figures = new JdbcBaseline(settings.url(), settings.user(), settings.password())
                .run(batch, threaded, settings.users());
        batch.forEach(draft -> submitted.add(draft.cadreId()));
        threaded.forEach(draft -> submitted.add(draft.cadreId()));
        return figures;
    }

    void printSummary() {
        System.out.println("\n| scenario | submissions | per s | p50 / p95 / p99 ms | errors | JDBC batch per s"
                + " (HTTP share) | JDBC 1 tx each per s (HTTP share) |");
        System.out.println("|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
    }
}
