package vn.danhgia.platform;

/**
 * A quarter's ratings, self-assessments or appraisals were written straight with SQL rather than through their
 * modules (the demo's made-up history): whoever keeps figures of that quarter recomputes them, in the same
 * transaction (issue 15 §2).
 */
public record QuarterRecordsWritten(int year, int quarter) {
}
