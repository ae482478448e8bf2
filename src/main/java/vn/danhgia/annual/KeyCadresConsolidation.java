package vn.danhgia.annual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;

/**
 * The departments' review results brought to the key cadres' conference (seed 003 §2.3: "Trưởng các phòng, ban, đơn
 * vị báo cáo tóm tắt kết quả kiểm điểm cấp phòng, đơn vị ... đồng chí Chánh Văn phòng quyết định"), on one page: per
 * department the counts per proposed level and the list.
 */
public record KeyCadresConsolidation(long meetingId, int year, List<Department> departments,
                                     Map<RatingLevel, Integer> totals, int withoutLevel) {

    public KeyCadresConsolidation {
        departments = List.copyOf(departments);
        totals = Map.copyOf(totals);
    }

    /** A department's meeting: whether it is closed, the counts per level and each person's proposal. */
    public record Department(long meetingId, String name, boolean closed, Map<RatingLevel, Integer> counts,
                             int withoutLevel, List<Line> lines) {

        public Department {
            counts = Map.copyOf(counts);
            lines = List.copyOf(lines);
        }

        public int count(RatingLevel level) {
            return counts.getOrDefault(level, 0);
        }
    }

    public record Line(String name, String title, ReviewItemStatus status, Optional<RatingLevel> level) {
    }

    public int total(RatingLevel level) {
        return totals.getOrDefault(level, 0);
    }
}
