package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.danhgia.scheme.DeadlineMonth.NEXT_QUARTER_FIRST_MONTH;
import static vn.danhgia.scheme.DeadlineMonth.PREVIOUS_QUARTER_LAST_MONTH;
import static vn.danhgia.scheme.DeadlineMonth.QUARTER_LAST_MONTH;
import static vn.danhgia.scheme.DeadlineStep.PLAN;
import static vn.danhgia.scheme.DeadlineStep.REPORT;
import static vn.danhgia.scheme.DeadlineStep.REPORT_UPWARD;
import static vn.danhgia.scheme.DeadlineStep.SELF_ASSESSMENT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTests {

    // Seed 002 §4 Bước 1: "Chậm nhất đến ngày 25 tháng cuối của quý trước" — day 25 itself is still in time.
    private final Deadline plan = new Deadline(PLAN, PREVIOUS_QUARTER_LAST_MONTH, 25, true);
    // Seed 002 §4 Bước 5: "trước ngày 05 tháng đầu quý tiếp theo" — day 5 is already late.
    private final Deadline reportUpward = new Deadline(REPORT_UPWARD, NEXT_QUARTER_FIRST_MONTH, 5, false);

    @Test
    void planForQuarterThreeIsDueOnTwentyFifthOfJune() {
        assertThat(plan.lastDayInTime(2026, 3)).isEqualTo(LocalDate.of(2026, 6, 25));
    }

    @Test
    void planForQuarterOneIsDueInDecemberOfThePreviousYear() {
        assertThat(plan.lastDayInTime(2026, 1)).isEqualTo(LocalDate.of(2025, 12, 25));
    }

    @Test
    void beforeTheFifthOfOctoberMeansTheFourthAtTheLatest() {
        assertThat(reportUpward.lastDayInTime(2026, 3)).isEqualTo(LocalDate.of(2026, 10, 4));
    }

    @Test
    void reportUpwardForQuarterFourFallsInJanuaryOfTheNextYear() {
        assertThat(reportUpward.lastDayInTime(2026, 4)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void beforeTheFifteenthOfTheQuarterLastMonthIsTheFourteenth() {
        // Seed 000 §III.4: "Tự đánh giá: Trước ngày 15 tháng cuối quý".
        Deadline selfAssessment = new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 15, false);

        assertThat(selfAssessment.lastDayInTime(2026, 1)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(selfAssessment.lastDayInTime(2026, 2)).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(selfAssessment.lastDayInTime(2026, 3)).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void dayBeyondTheMonthMeansItsLastDay() {
        Deadline endOfQuarter = new Deadline(REPORT, QUARTER_LAST_MONTH, 31, true);

        assertThat(endOfQuarter.lastDayInTime(2026, 2)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(endOfQuarter.lastDayInTime(2026, 4)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void beforeTheFirstDayMeansTheLastDayOfThePreviousMonth() {
        Deadline beforeFirst = new Deadline(REPORT_UPWARD, NEXT_QUARTER_FIRST_MONTH, 1, false);

        assertThat(beforeFirst.lastDayInTime(2026, 3)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void quarterOutsideOneToFourIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan.lastDayInTime(2026, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> plan.lastDayInTime(2026, 5));
    }

    @Test
    void dayOutsideOneToThirtyOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadline(PLAN, QUARTER_LAST_MONTH, 0, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Deadline(PLAN, QUARTER_LAST_MONTH, 32, true));
    }
}
