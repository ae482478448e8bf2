package vn.danhgia.reporting.exchange;

/** The received report after an import, and what the import did to it. */
public record ImportResult(ImportOutcome outcome, ReceivedReportSummary report) {
}
