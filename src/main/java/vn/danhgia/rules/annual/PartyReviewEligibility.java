package vn.danhgia.rules.annual;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a party member is reviewed (kiểm điểm) and rated in the year-end review on a given date.
 *
 * <p>Seed 004 §II.1 and §V.2 leave out "đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh
 * hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng". Read here as:
 * <ul>
 *   <li>exempt: an exemption that started on or before the review date;</li>
 *   <li>suspended: a suspension that started on or before the review date;</li>
 *   <li>admitted under six months: the review date is before the day six calendar months after admission (admitted
 *       01/06 → reviewed from 01/12; admitted 31/08 → reviewed from 28/02 or 29/02, the month's last day, as
 *       {@link LocalDate#plusMonths(long)} clamps). "Đủ 6 tháng" counts months, not 182 days.</li>
 * </ul>
 * Exemption wins over suspension, suspension over the six months, so the reason shown is the strongest one.
 */
public final class PartyReviewEligibility {

    /** Months a new member waits before the first review (seed 004 §II.1 "chưa đủ 6 tháng"). */
    public static final int MONTHS_AFTER_ADMISSION = 6;

    private PartyReviewEligibility() {
    }

    /**
     * @param admittedOn     ngày kết nạp
     * @param exemptSince    start of the exemption from work and activities, or {@code null}
     * @param suspendedSince start of the suspension, or {@code null}
     * @param reviewDate     the day the member would be reviewed (the review date of the year's plan)
     * @return the reason the member is not reviewed, or empty when the member is reviewed
     */
    public static Optional<NotReviewedReason> notReviewedReason(LocalDate admittedOn, LocalDate exemptSince,
                                                                LocalDate suspendedSince, LocalDate reviewDate) {
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(reviewDate, "reviewDate");
        if (exemptSince != null && !exemptSince.isAfter(reviewDate)) {
            return Optional.of(NotReviewedReason.EXEMPT);
        }
        if (suspendedSince != null && !suspendedSince.isAfter(reviewDate)) {
            return Optional.of(NotReviewedReason.SUSPENDED);
        }
        if (reviewDate.isBefore(firstReviewableDay(admittedOn))) {
            return Optional.of(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
        }
        return Optional.empty();
    }

    public static boolean isReviewed(LocalDate admittedOn, LocalDate exemptSince, LocalDate suspendedSince,
                                     LocalDate reviewDate) {
        return notReviewedReason(admittedOn, exemptSince, suspendedSince, reviewDate).isEmpty();
    }

    /** The first day a member admitted on the date has "đủ 6 tháng". */
    public static LocalDate firstReviewableDay(LocalDate admittedOn) {
        return admittedOn.plusMonths(MONTHS_AFTER_ADMISSION);
    }
}
