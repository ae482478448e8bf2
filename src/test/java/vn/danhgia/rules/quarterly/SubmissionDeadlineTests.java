package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 "Late work has a path": the last day in time is the scheme's (seed 002 §4 Bước 1: "chậm nhất đến ngày 25
 * tháng cuối của quý trước"; Bước 2: self-assessment "trước ngày 30") unless the approver extended it; after it a
 * submission is taken and marked late.
 */
class SubmissionDeadlineTests {

    static final LocalDate TWENTY_FIFTH = LocalDate.of(2050, 12, 25);

    @Test
    void withoutAnExtensionTheDayAfterTheSchemesLastDayIsLate() {
        SubmissionDeadline deadline = new SubmissionDeadline(TWENTY_FIFTH, null);

        assertThat(deadline.lastDayInTime()).contains(TWENTY_FIFTH);
        assertThat(deadline.lateOn(TWENTY_FIFTH)).isFalse();
        assertThat(deadline.lateOn(TWENTY_FIFTH.plusDays(1))).isTrue();
    }

    @Test
    void anExtensionMovesTheLastDayInTime() {
        SubmissionDeadline deadline = new SubmissionDeadline(TWENTY_FIFTH, TWENTY_FIFTH.plusDays(5));

        assertThat(deadline.lastDayInTime()).contains(TWENTY_FIFTH.plusDays(5));
        assertThat(deadline.lateOn(TWENTY_FIFTH.plusDays(5))).isFalse();
        assertThat(deadline.lateOn(TWENTY_FIFTH.plusDays(6))).isTrue();
    }

    @Test
    void aStepWithoutADeadlineIsNeverLateAndCannotBeExtended() {
        assertThat(new SubmissionDeadline(null, null).lateOn(LocalDate.of(2053, 1, 1))).isFalse();
        assertThat(SubmissionDeadline.extensionAllowed(null, TWENTY_FIFTH, TWENTY_FIFTH)).isFalse();
        assertThatThrownBy(() -> new SubmissionDeadline(null, TWENTY_FIFTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtensionMustEndAfterTheSchemesDayAndNotInThePast() {
        assertThat(SubmissionDeadline.extensionAllowed(TWENTY_FIFTH, TWENTY_FIFTH, TWENTY_FIFTH)).isFalse();
        assertThat(SubmissionDeadline.extensionAllowed(TWENTY_FIFTH, TWENTY_FIFTH.plusDays(2),
                TWENTY_FIFTH.plusDays(3))).isFalse();
        assertThat(SubmissionDeadline.extensionAllowed(TWENTY_FIFTH, TWENTY_FIFTH.plusDays(3),
                TWENTY_FIFTH.plusDays(3))).isTrue();
    }
}
