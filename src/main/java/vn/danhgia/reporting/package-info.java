/**
 * Reporting (báo cáo, theo dõi tiến độ): read-only views across modules, read straight from the tables with SQL so a
 * page costs a fixed number of queries however many cadres it covers. First view: the quarterly progress board of
 * plans and self-assessments for the personnel office, unit heads and authorities; then the quarterly summary
 * tables Mẫu 04/05/06 as streamed .xlsx; the consolidated reports for a quarter or a year (yearly tables, counts and
 * shares, quota compliance, late submissions, discrepancies, alerts); the official forms (Mẫu 01–06) as Word and PDF
 * and the emulation proposal dossier's documents from replaceable templates ({@code forms} package); the emulation
 * reports (titles per unit, chains about to qualify, the dashboard's panel). Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "catalog", "planning",
        "assessment", "council", "publication", "annual", "membership", "emulation", "platform", "rules"})
package vn.danhgia.reporting;
