package vn.danhgia.rules.quarterly;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The last day a plan or a self-assessment is in time for one cadre: the scheme's (seed 002 §4 Bước 1–2, seed 000
 * §III.4) unless the approver granted a later one (gia hạn, issue 12 "Late work has a path"). Submitting after it is
 * allowed and marked late (nộp muộn); it is no longer refused for good.
 *
 * @param schemeLastDay   the scheme's last day in time; null when the scheme sets none (then nothing is late)
 * @param extendedLastDay the extension's last day; null when none was granted
 */
public record SubmissionDeadline(LocalDate schemeLastDay, LocalDate extendedLastDay) {

    public SubmissionDeadline {
        if (schemeLastDay == null && extendedLastDay != null) {
            throw new IllegalArgumentException("only a step with a deadline can be extended");
        }
    }

    /** The last day in time: the extension's when granted, else the scheme's. */
    public Optional<LocalDate> lastDayInTime() {
        return Optional.ofNullable(extendedLastDay != null ? extendedLastDay : schemeLastDay);
    }

    /** Whether a submission on this day (taken in Vietnam) is late. */
    public boolean lateOn(LocalDate submittedOn) {
        return lastDayInTime().map(submittedOn::isAfter).orElse(false);
    }

    /**
     * Whether an extension to this day may be granted on {@code today}: the step must have a deadline and the new day
     * must be after the scheme's (else it extends nothing) and not before today (else it is already over).
     */
    public static boolean extensionAllowed(LocalDate schemeLastDay, LocalDate newLastDay, LocalDate today) {
        return schemeLastDay != null && newLastDay.isAfter(schemeLastDay) && !newLastDay.isBefore(today);
    }
}
