package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Who is left out of the year-end review: seed 004 §II.1 ("Cá nhân: Đảng viên trong toàn Đảng bộ phường (trừ đảng
 * viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6
 * tháng)") and §V.2, which repeats it for the rating. Review date 15/12/2023 is seed 004's deadline.
 */
class PartyReviewEligibilityTests {

    private static final LocalDate REVIEW = LocalDate.of(2023, 12, 15);

    @Test
    void memberAdmittedLongAgoIsReviewed() {
        // Seed 004 §II.1: every party member of the Đảng bộ phường is reviewed.
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(2010, 3, 2), null, null, REVIEW)).isEmpty();
        assertThat(PartyReviewEligibility.isReviewed(LocalDate.of(2010, 3, 2), null, null, REVIEW)).isTrue();
    }

    @Test
    void memberAdmittedExactlySixMonthsBeforeIsReviewed() {
        // Seed 004 §II.1 "chưa đủ 6 tháng": on 15/12 a member admitted 15/06 has "đủ 6 tháng".
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(2023, 6, 15), null, null, REVIEW)).isEmpty();
    }

    @Test
    void memberAdmittedOneDayLessThanSixMonthsBeforeIsNotReviewed() {
        // Seed 004 §II.1: admitted 16/06, on 15/12 one day short of six months.
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(2023, 6, 16), null, null, REVIEW))
                .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
    }

    @Test
    void sixMonthsFromTheEndOfAMonthEndOnTheLastDayOfAShorterMonth() {
        // Admitted 31/08/2023: six months is 29/02/2024 (leap year), not 02/03.
        LocalDate admitted = LocalDate.of(2023, 8, 31);
        assertThat(PartyReviewEligibility.firstReviewableDay(admitted)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartyReviewEligibility.notReviewedReason(admitted, null, null, LocalDate.of(2024, 2, 28)))
                .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
        assertThat(PartyReviewEligibility.notReviewedReason(admitted, null, null, LocalDate.of(2024, 2, 29)))
                .isEmpty();
    }

    @Test
    void memberExemptOnTheReviewDayIsNotReviewed() {
        // Seed 004 §II.1 "miễn công tác và sinh hoạt đảng": exempt from the review day itself.
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(1990, 1, 1), REVIEW, null, REVIEW))
                .contains(NotReviewedReason.EXEMPT);
    }

    @Test
    void exemptionStartingAfterTheReviewDayDoesNotCount() {
        // Seed 004 §II.1: the exemption is what holds on the review date; one granted the next day does not.
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(1990, 1, 1), REVIEW.plusDays(1), null,
                REVIEW)).isEmpty();
    }

    @Test
    void memberSuspendedOnTheReviewDayIsNotReviewed() {
        // Seed 004 §II.1 "đình chỉ sinh hoạt đảng".
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(2001, 5, 19), null, REVIEW, REVIEW))
                .contains(NotReviewedReason.SUSPENDED);
        assertThat(PartyReviewEligibility.notReviewedReason(LocalDate.of(2001, 5, 19), null, REVIEW.plusDays(1),
                REVIEW)).isEmpty();
    }

    @Test
    void exemptionIsNamedBeforeSuspensionAndSuspensionBeforeTheSixMonths() {
        // Seed 004 §V.2 lists the three cases; one reason is shown, the strongest.
        LocalDate recent = LocalDate.of(2023, 9, 1);
        assertThat(PartyReviewEligibility.notReviewedReason(recent, LocalDate.of(2023, 10, 1),
                LocalDate.of(2023, 11, 1), REVIEW)).contains(NotReviewedReason.EXEMPT);
        assertThat(PartyReviewEligibility.notReviewedReason(recent, null, LocalDate.of(2023, 11, 1), REVIEW))
                .contains(NotReviewedReason.SUSPENDED);
        assertThat(PartyReviewEligibility.notReviewedReason(recent, null, null, REVIEW))
                .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
    }
}
