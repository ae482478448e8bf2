/**
 * Reporting (báo cáo, theo dõi tiến độ): read-only views across modules, read straight from the tables with SQL so a
 * page costs a fixed number of queries however many cadres it covers. First view: the quarterly progress board of
 * plans and self-assessments for the personnel office, unit heads and authorities; then the quarterly summary
 * tables Mẫu 04/05/06 as streamed .xlsx. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "scheme", "platform", "rules"})
package vn.danhgia.reporting;
