package vn.danhgia.reporting.dashboard;

import vn.danhgia.scheme.DeadlineStep;

/**
 * The steps of a quarter the dashboard follows (seed 002 §4 Bước 1–6, seed 000 §III.4), each with the scheme's
 * deadline it is measured against (none for approving a plan and for the announcement, which the seeds give no day
 * for), what "done" means in the tables and when it was done.
 */
public enum DashboardStep {
    PLAN_SUBMITTED(DeadlineStep.PLAN, "wp.status in ('SUBMITTED', 'APPROVED')", "wp.submitted_at"),
    PLAN_APPROVED(null, "wp.status = 'APPROVED'", "wp.decided_at"),
    SELF_ASSESSMENT_SUBMITTED(DeadlineStep.SELF_ASSESSMENT, "sa.status = 'SUBMITTED'", "sa.submitted_at"),
    APPRAISED(DeadlineStep.APPRAISAL, "ap.status = 'COMPLETED'", "ap.appraised_at"),
    DECIDED(DeadlineStep.DECISION, "r.decided_level is not null", "r.decided_at"),
    ANNOUNCED(null, "r.status = 'ANNOUNCED'", "r.announced_at");

    private final DeadlineStep deadline;
    private final String doneCondition;
    private final String doneAt;

    DashboardStep(DeadlineStep deadline, String doneCondition, String doneAt) {
        this.deadline = deadline;
        this.doneCondition = doneCondition;
        this.doneAt = doneAt;
    }

    /** The scheme's deadline step this one is measured against; null when the seeds set none. */
    public DeadlineStep deadline() {
        return deadline;
    }

    /** A work plan is only needed when the scheme does not list the quarter's tasks itself (02-HD/TU: Q2/2026). */
    boolean needsPlan() {
        return this == PLAN_SUBMITTED || this == PLAN_APPROVED;
    }

    String doneCondition() {
        return doneCondition;
    }

    String doneAt() {
        return doneAt;
    }

    String column() {
        return name().toLowerCase();
    }
}
