package vn.danhgia.reporting.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.danhgia.rules.RatingLevel;

/**
 * The count of a summary table's cadres per level of its fifth column, as every form shows it below the table: each
 * level, those without a level yet, and the total.
 */
final class LevelCounts {

    private final Map<RatingLevel, Long> counts = new EnumMap<>(RatingLevel.class);
    private long withoutLevel;
    private long total;

    /** Counts one line by its stored level (EXCELLENT …); null or unknown counts as "no level yet". */
    void add(String storedLevel) {
        RatingLevel known = QuarterlyWorkbook.level(storedLevel);
        if (known == null) {
            withoutLevel++;
        } else {
            counts.merge(known, 1L, Long::sum);
        }
        total++;
    }

    /** One line per level in the levels' order, then "Chưa có mức xếp loại" and "Tổng số". */
    List<Line> lines(Function<String, String> text) {
        List<Line> lines = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            lines.add(new Line(text.apply(level.messageKey()), counts.getOrDefault(level, 0L)));
        }
        lines.add(new Line(text.apply("reporting.quarterly.summary.noLevel"), withoutLevel));
        lines.add(new Line(text.apply("reporting.quarterly.summary.total"), total));
        return lines;
    }

    record Line(String label, long count) {
    }
}
