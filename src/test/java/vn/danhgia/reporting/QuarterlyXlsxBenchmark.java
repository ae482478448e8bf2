package vn.danhgia.reporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Scanner;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.DanhgiaApplication;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.reporting.summary.AnnualLevelsReport;
import vn.danhgia.reporting.summary.ConsolidatedReport;
import vn.danhgia.reporting.summary.ConsolidatedReportService;
import vn.danhgia.reporting.summary.QuarterlyReport;
import vn.danhgia.reporting.summary.QuarterlyReportService;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.TestActors;

/**
 * Load harness for the quarterly summary tables (bench/quarterly-xlsx/README.md) and the consolidated year report
 * (bench/yearly-xlsx/README.md, {@code -Dbench.report=year}): starts the application on the database given by
 * {@code -Dbench.url} (default: an H2 file under target/bench-xlsx), writes {@code -Dbench.cadres} made-up cadres
 * (default 50,000) in {@code -Dbench.departments} departments with the progress board's generator, and then either
 * gives each a live rating for quarter I/2034 and writes Mẫu 06 for the whole province as the administrator into
 * target/bench-xlsx/mau-06.xlsx, or gives each a rating for quarters I–III/2026 (past, so every deadline has passed
 * and the late sheet is full) and writes the province's consolidated report for 2026 into
 * target/bench-xlsx/bao-cao-tong-hop-nam-2026.xlsx; {@code -Dbench.runs} times (default 3). For each run it prints the time, the rows
 * found in the written sheet, the heap in use after a full GC just before the run and the most heap seen in use
 * during it. Run it with a small -Xmx (run.sh uses 128m) to show the table needs little memory. Not a test: surefire
 * does not pick it up.
 */
public final class QuarterlyXlsxBenchmark {

    private static final Quarter QUARTER = new Quarter(2034, 1);
    private static final int REPORT_YEAR = 2026;
    private static final String PREFIX = "XLSX";

    private QuarterlyXlsxBenchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        String url = System.getProperty("bench.url", "jdbc:h2:file:./target/bench-xlsx/danhgia;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int cadres = Integer.getInteger("bench.cadres", 50_000);
        int departments = Integer.getInteger("bench.departments", 1_000);
        int runs = Integer.getInteger("bench.runs", 3);
        boolean annual = "annual".equals(System.getProperty("bench.report"));
        boolean year = annual || "year".equals(System.getProperty("bench.report"));
        Quarter loaded = year ? new Quarter(REPORT_YEAR, 1) : QUARTER;
        Path file = Path.of(annual ? "target/bench-xlsx/bieu-tong-hop-xep-loai-nam-" + REPORT_YEAR + ".xlsx"
                : year ? "target/bench-xlsx/bao-cao-tong-hop-nam-" + REPORT_YEAR + ".xlsx"
                : "target/bench-xlsx/mau-06.xlsx");
        Files.createDirectories(file.getParent());
        CopyBaseline baseline = new CopyBaseline();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DanhgiaApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(baseline))
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "sa"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                        "--server.port=0", "--danhgia.admin.password=bench-only-password",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            QuarterlyReportService reports = app.getBean(QuarterlyReportService.class);
            ConsolidatedReportService consolidated = app.getBean(ConsolidatedReportService.class);
            ProgressBoardLoad load = new ProgressBoardLoad(jdbc, PREFIX);
            long started = System.nanoTime();
            remove(jdbc, load);
            load.createBody(departments);
            load.addCadres(1, cadres, departments, loaded);
            int ratings = 0;
            AnnualLevelsReport yearly = app.getBean(AnnualLevelsReport.class);
            for (Quarter quarter : annual ? new Quarter[0] : year ? new Quarter[] {loaded, loaded.next(), loaded.next().next()}
                    : new Quarter[] {QUARTER}) {
                ratings += rate(jdbc, quarter);
            }
            if (annual) {
                ratings += rateYear(jdbc);
            }
            jdbc.execute("analyze");
            System.out.printf(Locale.ROOT, "%n%s%nloaded %,d cadres and %,d live ratings for %s in %.1f s; max heap %d MB%n",
                    url, cadres, ratings, year ? String.valueOf(REPORT_YEAR) : QUARTER, (System.nanoTime() - started) / 1e9,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));

            Actor admin = new TestActors(app.getBean(UserAccountRepository.class),
                    app.getBean(OrganizationQueries.class)).account("admin");
            for (int run = 1; run <= runs; run++) {
                System.gc();
                long before = usedHeap();
                HeapSampler sampler = new HeapSampler();
                sampler.start();
                long start = System.nanoTime();
                List<String> selects = baseline.record(() -> TestActors.runAs(admin, () -> annual
                        ? writeAnnual(yearly, file) : year ? writeYear(consolidated, file) : write(reports, file)));
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = sampler.finish();
                System.out.printf(Locale.ROOT, "run %d: %s, %s numbered rows, %.1f s, file %,d KB, heap before %d MB,"
                                + " peak heap %d MB%n", run, annual ? "Biểu 01/02 " + REPORT_YEAR
                                : year ? "consolidated " + REPORT_YEAR : "Mẫu 06",
                        numberedRows(file), seconds, Files.size(file) / 1024, before / (1024 * 1024),
                        peak / (1024 * 1024));
                if (!selects.isEmpty()) {
                    CopyBaseline.Copied copied = baseline.copy(selects);
                    System.out.printf(Locale.ROOT, "       COPY (the same %d selects, same values) TO STDOUT: %,d rows,"
                                    + " %,d KB, %.2f s; report / COPY = %.1f×%n", copied.statements(), copied.rows(),
                            copied.bytes() / 1024, copied.seconds(), seconds / copied.seconds());
                }
            }
            if (!Boolean.getBoolean("bench.keep")) {
                remove(jdbc, load);
            }
        }
    }

    /**
     * One live rating per made-up cadre and quarter, in the department of their main post; levels and statuses in
     * turn, shifted by the quarter so some cadres fail two quarters running; decided ones carry a peer group.
     */
    private static int rate(JdbcTemplate jdbc, Quarter quarter) {
        return jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    self_proposed_level, head_proposed_level, decided_level, head_comment, discrepancy, version,
                    quota_group)
                select c.id, c.id, p.unit_id, ?, ?,
                    case when mod(c.id, 3) = 0 then 'PROPOSED' when mod(c.id, 3) = 1 then 'DECIDED' else 'ANNOUNCED' end,
                    case when mod(c.id, 4) = 0 then 'EXCELLENT' else 'GOOD' end,
                    case when mod(c.id, 10) = 0 then 'EXCELLENT' when mod(c.id, 10) < 6 then 'GOOD'
                         when mod(c.id, 10) < 9 then 'COMPLETED' else 'NOT_COMPLETED' end,
                    case when mod(c.id, 3) = 0 then null when mod(c.id + ?, 10) < 6 then 'GOOD'
                         when mod(c.id + ?, 10) < 9 then 'COMPLETED' else 'NOT_COMPLETED' end,
                    case when mod(c.id, 10) = 0 then 'Hoàn thành vượt mức các chỉ tiêu được giao trong quý' end,
                    false, 0, case when mod(c.id, 3) <> 0 then 'XLSX/' || p.position_rank end
                from org_cadre c
                join org_appointment a on a.cadre_id = c.id and a.kind <> 'CONCURRENT'
                join org_position p on p.id = a.position_id
                where c.code like ?""", quarter.year(), quarter.number(), quarter.number() / 2, quarter.number() / 2,
                PREFIX + "-0%");
    }

    /**
     * The year's ratings (issue 13 §7) of every made-up cadre on the civil-servant track, in the department of their
     * main post, all four levels and every status in turn, and one collective rating per department.
     */
    private static int rateYear(JdbcTemplate jdbc) {
        int people = jdbc.update("""
                insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key, status,
                    heads_unit, cap_exempt, disciplined, suggested_level, decided_level, provisional, version)
                select 'CADRE', 'STATE', c.id, p.unit_id, ?, 'C' || c.id || ':STATE',
                    case when mod(c.id, 4) = 0 then 'PROPOSED' when mod(c.id, 4) = 1 then 'DECIDED'
                         when mod(c.id, 4) = 2 then 'ANNOUNCED' else 'LOCKED' end,
                    false, false, false, 'GOOD',
                    case when mod(c.id, 4) = 0 then null when mod(c.id, 10) = 0 then 'EXCELLENT'
                         when mod(c.id, 10) < 6 then 'GOOD' when mod(c.id, 10) < 9 then 'COMPLETED'
                         else 'NOT_COMPLETED' end,
                    false, 0
                from org_cadre c
                join org_appointment a on a.cadre_id = c.id and a.kind <> 'CONCURRENT'
                join org_position p on p.id = a.position_id
                where c.code like ?""", REPORT_YEAR, PREFIX + "-0%");
        int collectives = jdbc.update("""
                insert into yearly_rating (subject_kind, track, unit_id, rating_year, live_key, status, heads_unit,
                    cap_exempt, disciplined, decided_level, provisional, version)
                select 'COLLECTIVE', 'COLLECTIVE', u.id, ?, 'U' || u.id, 'DECIDED', false, false, false,
                    case when mod(u.id, 5) = 0 then 'EXCELLENT' else 'GOOD' end, false, 0
                from org_unit u where u.code like ?""", REPORT_YEAR, PREFIX + "%");
        return people + collectives;
    }

    private static Object writeAnnual(AnnualLevelsReport reports, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            AnnualLevelsReport.Prepared report = reports.prepare(AnnualLevelsReport.Kind.LEVELS, REPORT_YEAR, null);
            reports.writeXlsx(report, out);
            return report;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void remove(JdbcTemplate jdbc, ProgressBoardLoad load) {
        jdbc.update("delete from yearly_rating where rating_year = ? and (cadre_id in (select id from org_cadre"
                + " where code like ?) or unit_id in (select id from org_unit where code like ?))", REPORT_YEAR,
                PREFIX + "-%", PREFIX + "%");
        jdbc.update("delete from quarter_rating where cadre_id in (select id from org_cadre where code like ?)",
                PREFIX + "-%");
        load.remove();
    }

    private static Object write(QuarterlyReportService reports, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            QuarterlyReport report = reports.prepare("mau-06", String.valueOf(QUARTER.year()),
                    String.valueOf(QUARTER.number()), null);
            reports.write(report, out);
            return report;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Object writeYear(ConsolidatedReportService reports, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ConsolidatedReport report = reports.prepare(String.valueOf(REPORT_YEAR), "", null);
            reports.write(report, out);
            return report;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * The numbered rows of each sheet of the written file, counted in its XML as it streams past (a numeric cell in
     * column A), separated by " / ".
     */
    private static String numberedRows(Path file) throws IOException {
        List<String> counts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (int sheet = 1; zip.getEntry("xl/worksheets/sheet" + sheet + ".xml") != null; sheet++) {
                try (Scanner scanner = new Scanner(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet
                        + ".xml")), StandardCharsets.UTF_8)) {
                    counts.add(String.format(Locale.ROOT, "%,d",
                            scanner.findAll(Pattern.compile("<c r=\"A\\d+\"[^>]*t=\"n\"")).count()));
                }
            }
        }
        return String.join(" / ", counts);
    }

    /**
     * The most heap in use (live objects and garbage not yet collected) seen every 2 ms while the table is written;
     * bounded by -Xmx, so the run finishing at all is the firmer figure.
     */
    private static final class HeapSampler extends Thread {

        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, usedHeap());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            try {
                join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return peak;
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
