package vn.danhgia.reporting.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danhgia.reporting.UnitOption;

/**
 * One page of the progress board (bảng theo dõi tiến độ) with the counts above it.
 *
 * @param schemeCode          the scheme in force for the quarter, null when none is
 * @param planDeadline        last day a plan is in time; null when the scheme sets none (then no plan is late)
 * @param assessmentDeadline  last day a self-assessment is in time; null when the scheme sets none
 * @param counts              cadres per status under the unit and name filters (the status filter aside)
 * @param matching            cadres under all the filters, status included: what the pages page through
 * @param units               the units the person may narrow the board to
 */
public record ProgressBoard(ProgressFilter filter, LocalDate today, String schemeCode, String schemeName,
                            LocalDate planDeadline, LocalDate assessmentDeadline, List<ProgressRow> rows,
                            long all, Map<ProgressStatus, Long> counts, long matching, List<UnitOption> units) {

    public ProgressBoard {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        units = List.copyOf(units);
    }

    public int pageSize() {
        return ProgressFilter.PAGE_SIZE;
    }

    public int totalPages() {
        return (int) Math.max(1, (matching + ProgressFilter.PAGE_SIZE - 1) / ProgressFilter.PAGE_SIZE);
    }

    public long count(ProgressStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
