package vn.danhgia.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual users measured, per request type: every latency (sorted at the end for the percentiles; a run
 * records a few hundred thousand at most), the errors by kind with the first few bodies, and the moments of the
 * first error and the first success after it, to tell how long a fault kept users waiting.
 */
final class Latencies {

    private static final int BODIES_KEPT = 5;

    private final Map<String, Samples> byType = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> firstBodies = new ArrayList<>();
    private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    private final List<Watch> watches = new java.util.concurrent.CopyOnWriteArrayList<>();

    Latencies() {
        watch("run");
    }

    /** From now on, times what users see of a fault: its first error, its last, the first success after the first. */
    void watch(String fault) {
        watches.add(new Watch(fault, System.nanoTime()));
    }

    void success(String type, long nanos) {
        byType.computeIfAbsent(type, t -> new Samples()).add(nanos);
        long now = System.nanoTime();
        watches.forEach(watch -> watch.success(now));
    }

    /** A request that failed: its kind (HTTP 500, timeout, I/O …) and, for the first few, what came back. */
    void error(String type, String kind, long nanos, String body) {
        byType.computeIfAbsent(type, t -> new Samples()).add(nanos);
        errors.computeIfAbsent(type + ": " + kind, k -> new AtomicLong()).incrementAndGet();
        long now = System.nanoTime();
        watches.get(watches.size() - 1).error(now);
        synchronized (this) {
            if (firstBodies.size() < BODIES_KEPT) {
                String text = messages(body == null ? "" : body).replaceAll("\\s+", " ");
                firstBodies.add(type + " → " + kind + ": " + text.substring(0, Math.min(400, text.length())));
            }
        }
    }

    /** Something that is not a request but worth counting: a second sign-in, a retry, an "already submitted". */
    void count(String event) {
        events.computeIfAbsent(event, e -> new AtomicLong()).incrementAndGet();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long events(String event) {
        AtomicLong count = events.get(event);
        return count == null ? 0 : count.get();
    }

    long requests(String type) {
        Samples samples = byType.get(type);
        return samples == null ? 0 : samples.size();
    }

    /** Per fault watched (an error counts for the latest): when users first saw it and how long until it was over. */
    List<String> recovery() {
        return watches.stream().map(Watch::describe).toList();
    }

    /** One line per request type: count, rate, p50/p95/p99/max in milliseconds. */
    List<String> table(double seconds) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-16s %8s %8s %8s %8s %8s %8s", "request", "count", "per s", "p50 ms",
                "p95 ms", "p99 ms", "max ms"));
        long[] all = new TreeMap<>(byType).entrySet().stream().flatMap(entry -> {
            long[] sorted = entry.getValue().sorted();
            lines.add(row(entry.getKey(), sorted, seconds));
            return Arrays.stream(sorted).boxed();
        }).mapToLong(Long::longValue).sorted().toArray();
        lines.add(row("all requests", all, seconds));
        return lines;
    }

    double percentileMillis(double percentile) {
        long[] all = byType.values().stream().flatMapToLong(s -> Arrays.stream(s.sorted())).sorted().toArray();
        return at(all, percentile) / 1e6;
    }

    Map<String, Long> errorsByKind() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((kind, count) -> sorted.put(kind, count.get()));
        return sorted;
    }

    Map<String, Long> eventCounts() {
        Map<String, Long> sorted = new TreeMap<>();
        events.forEach((event, count) -> sorted.put(event, count.get()));
        return sorted;
    }

    synchronized List<String> firstErrorBodies() {
        return List.copyOf(firstBodies);
    }

    /** Of a page, the messages it shows (alerts, field errors); of anything else, itself. */
    private static String messages(String body) {
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "class=\"(?:[^\"]*\\s)?(?:alert[^\"]*|invalid-feedback[^\"]*|text-danger[^\"]*)\"[^>]*>(.*?)</",
                java.util.regex.Pattern.DOTALL).matcher(body);
        List<String> found = new ArrayList<>();
        while (shown.find()) {
            found.add(shown.group(1).replaceAll("<[^>]+>", " ").strip());
        }
        return found.isEmpty() ? body : String.join(" | ", found);
    }

    private static String row(String type, long[] sorted, double seconds) {
        return String.format(Locale.ROOT, "  %-16s %8d %8.1f %8.1f %8.1f %8.1f %8.1f", type, sorted.length,
                sorted.length / seconds, at(sorted, 50) / 1e6, at(sorted, 95) / 1e6, at(sorted, 99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static long at(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The errors after one fault (or the start of the run) until the next is watched. */
    private static final class Watch {

        private final String fault;
        private final long from;
        private long firstError = -1;
        private long lastError = -1;
        private long firstSuccessAfterFirstError = -1;
        private long errors;

        Watch(String fault, long from) {
            this.fault = fault;
            this.from = from;
        }

        synchronized void error(long now) {
            if (firstError < 0) {
                firstError = now;
            }
            lastError = now;
            errors++;
        }

        synchronized void success(long now) {
            if (firstError >= 0 && firstSuccessAfterFirstError < 0) {
                firstSuccessAfterFirstError = now;
            }
        }

        synchronized String describe() {
            if (firstError < 0) {
                return String.format(Locale.ROOT, "%s: no error seen", fault);
            }
            return String.format(Locale.ROOT, "%s: %d errors; first %.2f s after it, first success %.2f s after the"
                    + " first error, last error %.2f s after the first", fault, errors, (firstError - from) / 1e9,
                    firstSuccessAfterFirstError < 0 ? Double.NaN : (firstSuccessAfterFirstError - firstError) / 1e9,
                    (lastError - firstError) / 1e9);
        }
    }

    private static final class Samples {

        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized int size() {
            return size;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
