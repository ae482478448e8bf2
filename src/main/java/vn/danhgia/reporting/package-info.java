/**
 * Reporting (báo cáo, theo dõi tiến độ): read-only views across modules, read straight from the tables with SQL so a
 * page costs a fixed number of queries however many cadres it covers. By what it does: {@code progress} the quarterly
 * progress board of plans and self-assessments for the personnel office, unit heads and authorities; {@code dashboard}
 * the leaders' dashboard, its drill-downs and the figures kept for it; {@code summary} the quarterly summary tables
 * Mẫu 04/05/06 and the yearly tables as streamed .xlsx and the consolidated reports for a quarter or a year (counts
 * and shares, quota compliance, late submissions, discrepancies, alerts); {@code emulation} the emulation reports
 * (titles per unit, chains about to qualify, the dashboard's panel); {@code forms} the official forms (Mẫu 01–06) as
 * Word and PDF and the emulation proposal dossier's documents from replaceable templates; {@code exchange} the upward
 * report between bodies. This package holds what they share: who may see what ({@link ReportScopes}), the unit tree,
 * the SQL pieces that make them count alike ({@link QuarterRecordsSql}, {@link ReportSql}) and the streamed workbook.
 * Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "catalog", "planning",
        "assessment", "council", "publication", "annual", "membership", "emulation", "platform", "rules"})
package vn.danhgia.reporting;
