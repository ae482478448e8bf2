package vn.danhgia.reporting.emulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The titles and rewards awarded for a year (issue 14 §6), counted per title in each unit of the reader's scope, in
 * the unit tree's order (depth for indenting), with the total. A unit counts the awards of the holders whose review
 * it held: its people and, for a collective, the collective itself.
 */
public record EmulationTitles(int year, String bodyName, List<EmulationTitle> titles, List<UnitLine> lines,
                              UnitLine total) {

    public EmulationTitles {
        titles = List.copyOf(titles);
        lines = List.copyOf(lines);
    }

    /** One unit's awards per title (no unit for the total). */
    public record UnitLine(Long unitId, String code, String name, int depth, Map<EmulationTitle, Long> counts) {

        public UnitLine {
            counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        public long count(EmulationTitle title) {
            return counts.getOrDefault(title, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
