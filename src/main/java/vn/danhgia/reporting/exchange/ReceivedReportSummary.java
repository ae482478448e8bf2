package vn.danhgia.reporting.exchange;

import java.time.Instant;
import vn.danhgia.scheme.Quarter;

/**
 * A received upward report as the consolidation lists it: the sending body, when and by whom the file was made and
 * imported, how many of the body's ratings were not announced yet when it was made, and the counts per level.
 *
 * @param period the quarter reported; null for a year's report
 * @param year   the year reported, of a quarter's report too
 */
public record ReceivedReportSummary(long id, String senderCode, String senderName, Quarter period,
                                    Instant generatedAt, String generatedBy, int notYetAnnounced, UpwardReport.LevelCounts counts,
                                    String rowsSha256, String importedBy, Instant importedAt, int year) {
}
