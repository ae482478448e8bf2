package vn.danhgia.reporting.exchange;

import java.util.EnumMap;
import java.util.Map;
import vn.danhgia.rules.RatingLevel;

/** Counts cadres per rating level while rows go by, for the upward report's unit counts and totals. */
final class LevelTally {

    private final Map<RatingLevel, Long> counts = new EnumMap<>(RatingLevel.class);
    private long total;

    void add(RatingLevel level) {
        counts.merge(level, 1L, Long::sum);
        total++;
    }

    void add(UpwardReport.LevelCounts other) {
        counts.merge(RatingLevel.EXCELLENT, other.excellent(), Long::sum);
        counts.merge(RatingLevel.GOOD, other.good(), Long::sum);
        counts.merge(RatingLevel.COMPLETED, other.completed(), Long::sum);
        counts.merge(RatingLevel.NOT_COMPLETED, other.notCompleted(), Long::sum);
        total += other.total();
    }

    UpwardReport.LevelCounts counts() {
        return new UpwardReport.LevelCounts(count(RatingLevel.EXCELLENT), count(RatingLevel.GOOD),
                count(RatingLevel.COMPLETED), count(RatingLevel.NOT_COMPLETED), total);
    }

    private long count(RatingLevel level) {
        return counts.getOrDefault(level, 0L);
    }
}
