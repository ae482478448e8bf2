package vn.danhgia.reporting.exchange;

import java.util.List;
import vn.danhgia.scheme.Quarter;

/**
 * The upward reports received for a quarter, one per sending body, and the grand totals per level over all of them
 * (the Ban Tổ chức's consolidation before it reports on, seed 002 §4 Bước 5).
 */
public record Consolidation(Quarter quarter, List<ReceivedReportSummary> reports, UpwardReport.LevelCounts totals,
                            int notYetAnnounced) {
}
