package vn.danhgia.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the benchmarks time a call: untimed warm-up runs, then timed runs, printed as p50, p95 and the slowest. */
public final class BenchTimings {

    private BenchTimings() {
    }

    /** What is timed; a text it returns (a page, a JSON answer) has its length printed beside the times. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Exception;
    }

    /** The column headings of {@link #time}'s lines. */
    public static void printHeadings(int warmups, int runs) {
        System.out.printf(Locale.ROOT, "%d warm-up runs, then %d timed; ms%n", warmups, runs);
        System.out.printf(Locale.ROOT, "%-62s %8s %8s %8s%n", "call", "p50", "p95", "max");
    }

    public static void time(String label, int warmups, int runs, Work work) throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("at least one timed run, not " + runs);
        }
        for (int run = 0; run < warmups; run++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        Object last = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            last = work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        String note = last instanceof String text ? String.format(Locale.ROOT, " (%,d characters)", text.length()) : "";
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-62s %8.1f %8.1f %8.1f%s%n", label, nearestRank(sorted, 0.50),
                nearestRank(sorted, 0.95), sorted.get(sorted.size() - 1), note);
    }

    /** The percentile by nearest rank: the smallest time at least that share of the runs is not slower than. */
    static double nearestRank(List<Double> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }
}
