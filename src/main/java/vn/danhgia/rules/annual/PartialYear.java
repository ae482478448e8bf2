package vn.danhgia.rules.annual;

import java.util.Objects;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * A person who did not work the whole year (Nghị định 90/2020; DOMAIN-annual §3 "Worked < 6 months → not rated
 * (maternity excepted); off 3–6 months → max HT", [L], so both figures are settings of the basis):
 * <ul>
 *   <li>fewer than {@link AnnualThresholds#minMonthsWorked()} months worked: still reviewed (kiểm điểm), not rated —
 *       except maternity leave, after which the level is that of the time actually worked;</li>
 *   <li>{@link AnnualThresholds#longAbsenceMonths()} months off or more, but rated: at most COMPLETED.</li>
 * </ul>
 * A basis with the settings off (the party's) rates everyone on the agenda.
 */
public final class PartialYear {

    private PartialYear() {
    }

    /** Whether the person gets a yearly level at all; ask before {@link AnnualRatingEngine#suggest}. */
    public static boolean rated(AnnualCase.YearPresence presence, AnnualThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return presence == null || thresholds.minMonthsWorked() == null || presence.maternity()
                || presence.monthsWorked() >= thresholds.minMonthsWorked();
    }

    // The reasons cite Nghị định 90/2020 under Nghị định 335 too: the rule is kept from it ([L]).
    static Optional<RatingReason> reason(AnnualCase.YearPresence presence, AnnualThresholds thresholds) {
        boolean partialYearRules = thresholds.minMonthsWorked() != null || thresholds.longAbsenceMonths() != null;
        if (presence == null || presence.monthsOff() == 0 || !partialYearRules) {
            return Optional.empty();
        }
        if (presence.maternity()) {
            return Optional.of(RatingReason.of(ReasonCode.ANNUAL_MATERNITY, null, presence.monthsWorked()));
        }
        Integer longAbsence = thresholds.longAbsenceMonths();
        if (longAbsence != null && presence.monthsOff() >= longAbsence) {
            return Optional.of(RatingReason.of(ReasonCode.ANNUAL_LONG_ABSENCE, RatingLevel.COMPLETED,
                    presence.monthsOff(), longAbsence));
        }
        return Optional.empty();
    }
}
