package vn.danhgia.annual.dossier;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.scheme.AnnualLegalBasis;
import vn.danhgia.scheme.AnnualStep;

/**
 * A unit's year on the annual progress board: the calendar's steps with their last day in the year and whether they
 * are overdue, the legal basis of the year, and how far the unit's dossiers are.
 *
 * @param calendarName null when no annual calendar names the unit or a unit above it
 */
public record AnnualProgressView(long unitId, String unitName, int year, LocalDate today, String calendarName,
                                 AnnualLegalBasis legalBasis, List<StepProgress> steps, int dossiers,
                                 long completeDossiers, boolean sent) {

    public AnnualProgressView {
        steps = List.copyOf(steps);
    }

    /**
     * One step of the calendar in the year.
     *
     * @param done    the unit has done what the step asks, as far as the dossiers tell (null: not known from them)
     * @param overdue past its last day and not done
     */
    public record StepProgress(AnnualStep step, LocalDate lastDay, boolean inclusive, String addressee, Boolean done,
                               boolean overdue) {

        public String messageKey() {
            return step.messageKey();
        }
    }
}
