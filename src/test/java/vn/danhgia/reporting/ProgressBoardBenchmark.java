package vn.danhgia.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
 * Load harness for the progress board (bench/progress-board/README.md): starts the application on the database given
 * by {@code -Dbench.url} (default: an H2 file under target/bench), writes a made-up agency of {@code -Dbench.cadres}
 * cadres (default 20,000) in {@code -Dbench.departments} departments with plans and self-assessments for the current
 * quarter, and times the board as the agency's head, who sees everyone: the first page, a filtered page, a search.
 * Not a test: surefire does not pick it up; run it with bench/progress-board/run.sh.
 */
public final class ProgressBoardBenchmark {

    private ProgressBoardBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "jdbc:h2:file:./target/bench/danhgia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int cadres = Integer.getInteger("bench.cadres", 20_000);
        int departments = Integer.getInteger("bench.departments", 400);
        int warmup = Integer.getInteger("bench.warmup", 15);
        int runs = Integer.getInteger("bench.runs", 30);
        // Command-line arguments, so they win over the test classpath's config/application.yml (in-memory H2).
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DanhgiaApplication.class)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                        "--server.port=0", "--danhgia.admin.password=bench-only-password",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            System.out.println("database: " + app.getEnvironment().getProperty("spring.datasource.url"));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProgressBoardService boards = app.getBean(ProgressBoardService.class);
            Quarter quarter = boards.currentQuarter();
            ProgressBoardLoad load = new ProgressBoardLoad(jdbc, "BENCH");
            long started = System.nanoTime();
            load.remove();
            load.createBody(departments);
            load.addCadres(1, cadres, departments, quarter);
            analyze(jdbc, url);
            System.out.printf(Locale.ROOT, "%n%s%nloaded %,d cadres in %,d departments for %s in %.1f s (today %s)%n",
                    url, cadres, departments, quarter, (System.nanoTime() - started) / 1e9, LocalDate.now());

            Actor head = new TestActors(app.getBean(UserAccountRepository.class),
                    app.getBean(OrganizationQueries.class)).cadre(load.headCode(), Role.UNIT_HEAD);
            long department = jdbc.queryForObject("select id from org_unit where code = ?", Long.class,
                    load.departmentCode(6));
            measure("first page (all " + cadres + ")", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "", 1)));
            measure("page 200 of all", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "", 200)));
            measure("filtered: status LATE, page 3", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, ProgressStatus.LATE, "", 3)));
            measure("filtered: one department + NO_PLAN", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, department, ProgressStatus.NO_PLAN, "", 1)));
            measure("search \"nguyen van an\"", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "nguyen van an", 1)));
            measure("search \"Lương Thị Mai\"", head, warmup, runs,
                    () -> boards.board(new ProgressFilter(quarter, null, null, "Lương Thị Mai", 1)));
            if (!Boolean.getBoolean("bench.keep")) {
                load.remove();
            }
        }
    }

    /** Fresh statistics after the bulk load, as a nightly job or autovacuum would give a real database. */
    private static void analyze(JdbcTemplate jdbc, String url) {
        jdbc.execute("analyze");
    }

    private static void measure(String name, Actor actor, int warmup, int runs, Supplier<ProgressBoard> board) {
        ProgressBoard last = null;
        for (int i = 0; i < warmup; i++) {
            last = TestActors.runAs(actor, board);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = TestActors.runAs(actor, board);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%-40s rows %3d of %,6d  median %7.1f ms  p90 %7.1f ms  max %7.1f ms%n", name,
                last.rows().size(), last.matching(), millis.get(runs / 2), millis.get((int) (runs * 0.9)),
                millis.get(runs - 1));
    }
}
