package vn.danhgia.reporting.exchange;

import java.util.List;

/**
 * The years' reports received for a year, one per sending body, with the year's counts per track summed over them
 * (Biểu 01 collectives, Biểu 02 individuals, issue 13 §7) and the grand totals per level.
 */
public record YearConsolidation(int year, List<ReceivedReportSummary> reports, List<UpwardReport.TrackCounts> tracks,
                                UpwardReport.LevelCounts totals) {
}
