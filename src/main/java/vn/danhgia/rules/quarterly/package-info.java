/**
 * A quarter's rules: the KPI score sheet ({@link vn.danhgia.rules.quarterly.QuarterlyScorer}, seed 002 Phụ lục 2),
 * how each task counts and the shares of done, beyond, late and reworked tasks
 * ({@link vn.danhgia.rules.quarterly.TaskConditions}, seed 000 §III.3), the veto events, the collective's shortfall,
 * the submission deadline, and the level suggested with every reason ({@link vn.danhgia.rules.quarterly.RatingEngine}).
 */
package vn.danhgia.rules.quarterly;
