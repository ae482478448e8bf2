package vn.danhgia.scheme;

/** The steps of the quarterly process that carry a deadline (seed 002 §4, seed 000 §III.4). */
public enum DeadlineStep {
    PLAN,
    SELF_ASSESSMENT,
    APPRAISAL,
    VOTE,
    DECISION,
    REPORT,
    REPORT_UPWARD
}
