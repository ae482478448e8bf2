package vn.danhgia.reporting.progress;

import java.time.LocalDate;

/**
 * One cadre on the progress board: their main position in force, and where their plan and self-assessment for the
 * quarter stand. Statuses are the stored ones (plan: DRAFT, SUBMITTED, APPROVED, RETURNED; self-assessment: DRAFT,
 * SUBMITTED, RETURNED), null when there is none; submission days are in Vietnam time. The record ids let the person
 * open the plan or self-assessment (their services check the scope again).
 */
public record ProgressRow(long cadreId, String cadreCode, String fullName, String positionTitle, String unitName,
                          Long planId, String planStatus, LocalDate planSubmittedOn, boolean planLate,
                          Long assessmentId, String assessmentStatus, LocalDate assessmentSubmittedOn,
                          boolean assessmentLate) {

    public boolean late() {
        return planLate || assessmentLate;
    }
}
