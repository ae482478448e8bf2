package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The year under review (issue 13): the annual plans review the year in November and December (seed 003 §II.2:
 * 13–15/12; seed 004 §IX: 26/11–15/12) and consolidate the results in the first months of the next year, so every
 * annual page opens on last year until July.
 */
class YearUnderReviewTests {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The shipped calendars' steps: the office's 13/12 and 15/12 and the ward's 26/11. */
    static final List<AnnualCalendarView> SHIPPED = List.of(
            calendar("NB-VP-UBND", new AnnualDeadline(AnnualStep.SELF_REVIEW, 12, 13, false, null),
                    new AnnualDeadline(AnnualStep.DOSSIERS_UPWARD, 12, 15, true, "Sở Nội vụ")),
            calendar("DU-NN", new AnnualDeadline(AnnualStep.REVIEW_MEETINGS, 11, 26, false, null)));

    static AnnualCalendarView calendar(String code, AnnualDeadline... steps) {
        return new AnnualCalendarView(1, code, code, "Kế hoạch", List.of(steps), List.of(), Set.of(), 0);
    }

    static YearUnderReview with(List<AnnualCalendarView> calendars) {
        AnnualCalendars read = new AnnualCalendars() {
            @Override
            public List<AnnualCalendarView> all() {
                return calendars;
            }

            @Override
            public Optional<AnnualCalendarView> byCode(String code) {
                return Optional.empty();
            }

            @Override
            public Optional<AnnualCalendarView> forUnitCodes(List<String> unitAndParents) {
                return Optional.empty();
            }
        };
        return new YearUnderReview(read, Clock.system(HANOI));
    }

    @Test
    void underTheShippedCalendarsItIsLastYearUntilJuneAndThisYearFromJuly() {
        YearUnderReview year = with(SHIPPED);
        assertThat(year.on(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 6, 15))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2026, 7, 1))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2026, 12, 6))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2026, 6, 30))).isEqualTo(2025);
    }

    @Test
    void withoutACalendarTheHalfYearDecides() {
        YearUnderReview year = with(List.of());
        assertThat(year.on(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 6, 15))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 7, 1))).isEqualTo(2027);
        assertThat(year.on(LocalDate.of(2027, 12, 6))).isEqualTo(2027);
    }

    @Test
    void aCalendarWhoseFirstStepFallsInJuneOpensTheSeasonOnTheFirstOfJune() {
        YearUnderReview year = with(List.of(calendar("EARLY",
                new AnnualDeadline(AnnualStep.SELF_REVIEW, 6, 20, false, null))));
        assertThat(year.on(LocalDate.of(2027, 5, 31))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 6, 15))).isEqualTo(2027);
    }

    /** The registration at the start of a year (seed 003 §III.1, 31/01) opens that year, not the review season. */
    @Test
    void theEmulationRegistrationInJanuaryDoesNotMoveTheYearUnderReview() {
        YearUnderReview year = with(List.of(calendar("NB-VP-UBND",
                new AnnualDeadline(AnnualStep.EMULATION_REGISTRATION, 1, 31, true, null),
                new AnnualDeadline(AnnualStep.SELF_REVIEW, 12, 13, false, null))));
        assertThat(year.on(LocalDate.of(2027, 2, 15))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 6, 30))).isEqualTo(2026);
        assertThat(year.on(LocalDate.of(2027, 7, 1))).isEqualTo(2027);
    }

    @Test
    void aChosenYearStands() {
        assertThat(with(SHIPPED).orNow(2019)).isEqualTo(2019);
    }
}
