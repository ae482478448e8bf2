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
 * @param parts        how far the other parts of the annual cycle are in the unit (meetings: and under it)
 */
public record AnnualProgressView(long unitId, String unitName, int year, LocalDate today, String calendarName,
                                 AnnualLegalBasis legalBasis, List<StepProgress> steps, int dossiers,
                                 long completeDossiers, boolean sent, PartCounts parts) {

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

    /**
     * The unit's year in the other parts of the cycle, counted where they keep it: self-reviews (bản kiểm điểm)
     * submitted of those begun, review meetings held in the unit or under it closed of those opened (the key cadres'
     * conference counted apart), and yearly ratings decided (the levels the ratings board counts: decided, announced
     * or locked) of the live ones.
     */
    public record PartCounts(long selfReviewsSubmitted, long selfReviews, long meetingsClosed, long meetings,
                             long keyCadresConferencesClosed, long keyCadresConferences, long ratingsDecided,
                             long ratings) {
    }
}
