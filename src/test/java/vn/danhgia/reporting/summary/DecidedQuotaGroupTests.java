package vn.danhgia.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.QuotaRow;
import vn.danhgia.rules.RatingRules;

/**
 * The consolidated report counts a peer group's decided ratings for the EXCELLENT quota by the rules the decision board
 * applies (seed 000 §III.3.1, seed 002 §6.1), not by a count of everyone GOOD or better (issue 12 §1).
 */
class DecidedQuotaGroupTests {

    private static final RatingRules RULES = RatingRules.defaults();

    @Test
    void withinTheirOwnUnitTheHeadIsOutsideThePlacesAndTakesNone() {
        // Phòng Kinh tế's leadership: the head and a deputy EXCELLENT, a deputy GOOD.
        QuotaRow row = new QuotaRow("KT", 1, 3, 1, 2, 3, 1, 1, 1);

        DecidedQuotaGroup group = DecidedQuotaGroup.of(row, RULES);

        assertThat(group.qualified()).isEqualTo(2);
        assertThat(group.excellent()).isEqualTo(1);
        // Under 5 leaders, all GOOD or better: one place (seed 000 §III.3.1).
        assertThat(group.allowance().places()).isEqualTo(1);
    }

    @Test
    void amongHeadsOfDifferentUnitsAHeadIsAPeerLikeAnyOther() {
        // Five department heads decided by the office's leadership, all GOOD or better, one EXCELLENT.
        QuotaRow row = new QuotaRow("DU/HEAD", 1, 5, 5, 1, 5, 5, 1, 5);

        DecidedQuotaGroup group = DecidedQuotaGroup.of(row, RULES);

        assertThat(group.qualified()).isEqualTo(5);
        assertThat(group.excellent()).isEqualTo(1);
        // 20 % of 5 = 1 place.
        assertThat(group.allowance().places()).isEqualTo(1);
    }

    @Test
    void aLargeUnitWithoutItsHeadCountsTwentyPercentOfTheOthers() {
        // Seven leaders of one unit, all GOOD or better: 20 % of the six members = 1,2 → 1 place; with the head
        // counted it would have been 20 % of 7 = 1,4 → 1 as well, but the head's EXCELLENT would have taken it.
        QuotaRow row = new QuotaRow("VP", 2, 7, 1, 2, 7, 1, 1, 1);

        DecidedQuotaGroup group = DecidedQuotaGroup.of(row, RULES);

        assertThat(group.qualified()).isEqualTo(6);
        assertThat(group.excellent()).isEqualTo(1);
        assertThat(group.allowance().places()).isEqualTo(1);
    }
}
