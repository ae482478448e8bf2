package vn.danhgia.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quarterly.QuarterlyScore;

/**
 * Seed 002 §6.1: the head is "không tính vào tỷ lệ" of the other members of their own collective; seed 000 §III.3.1:
 * the 20 % is counted "theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng", with 0,5 rounding up
 * (seed 002 §6.1 "làm tròn từ 0,5 trở lên làm tròn lên 1").
 */
class HeadOutsideOwnUnitQuotaTests {

    private final RatingRules rules = RatingRules.defaults();

    @Test
    @DisplayName("Seed 000 §III.3.1: heads of different units decided by the same authority share the group's places")
    void headsOfDifferentUnitsArePeersWithinThePlaces() {
        List<QuotaCandidate> heads = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            heads.add(candidate("NB" + (100 + i), CollectiveRole.HEAD, i < 4 ? RatingLevel.EXCELLENT : RatingLevel.GOOD,
                    130 - i));
        }
        List<QuotaCandidate> counted = HeadOutsideOwnUnitQuota.inGroup(heads, false);
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.peerGroup(counted), rules);
        assertThat(allowance.base()).isEqualTo(13);
        assertThat(allowance.exact()).isEqualByComparingTo("2.6");
        assertThat(allowance.places()).isEqualTo(3);

        QuotaRanking ranking = ExcellentRanking.rank(counted, allowance.places());
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).extracting(ranked -> ranked.candidate().id())
                .containsExactly("NB100", "NB101", "NB102");
        assertThat(ranking.withOutcome(QuotaOutcome.OUTSIDE_PLACES)).extracting(ranked -> ranked.candidate().id())
                .containsExactly("NB103");
        assertThat(ranking.withOutcome(QuotaOutcome.HEAD_OUTSIDE_QUOTA)).isEmpty();
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: five heads of different units, all EXCELLENT-eligible, get 1 place, not 0")
    void fiveHeadsOfDifferentUnitsGetOnePlace() {
        List<QuotaCandidate> heads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            heads.add(candidate("NB" + (13 + 3 * i), CollectiveRole.HEAD, RatingLevel.EXCELLENT, 120 - i));
        }
        List<QuotaCandidate> counted = HeadOutsideOwnUnitQuota.inGroup(heads, false);
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.peerGroup(counted), rules);
        assertThat(allowance.places()).isEqualTo(1);
        assertThat(ExcellentRanking.rank(counted, 1).withOutcome(QuotaOutcome.AWARDED))
                .extracting(ranked -> ranked.candidate().id()).containsExactly("NB13");
    }

    @Test
    @DisplayName("Seed 002 §6.1: within their own unit's group the head is outside the count and the ranking")
    void headWithinTheirOwnUnitIsOutsideTheCount() {
        List<QuotaCandidate> unit = new ArrayList<>();
        unit.add(candidate("NB001", CollectiveRole.HEAD, RatingLevel.EXCELLENT, 130));
        for (int i = 2; i <= 6; i++) {
            unit.add(candidate("NB00" + i, CollectiveRole.DEPUTY, i == 2 ? RatingLevel.EXCELLENT : RatingLevel.GOOD,
                    110 - i));
        }
        List<QuotaCandidate> counted = HeadOutsideOwnUnitQuota.inGroup(unit, true);
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.unit(counted), rules);
        assertThat(allowance.base()).isEqualTo(5);
        assertThat(allowance.places()).isEqualTo(1);
        QuotaRanking ranking = ExcellentRanking.rank(counted, allowance.places());
        assertThat(ranking.withOutcome(QuotaOutcome.HEAD_OUTSIDE_QUOTA)).extracting(ranked -> ranked.candidate().id())
                .containsExactly("NB001");
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).extracting(ranked -> ranked.candidate().id())
                .containsExactly("NB002");
    }

    @Test
    @DisplayName("Seed 002 §6.1: only the head changes role; deputies and members keep theirs in either group")
    void onlyTheHeadsRoleDependsOnTheGroup() {
        assertThat(HeadOutsideOwnUnitQuota.roleInGroup(CollectiveRole.HEAD, true)).isEqualTo(CollectiveRole.HEAD);
        assertThat(HeadOutsideOwnUnitQuota.roleInGroup(CollectiveRole.HEAD, false)).isEqualTo(CollectiveRole.MEMBER);
        for (CollectiveRole role : List.of(CollectiveRole.DEPUTY, CollectiveRole.MEMBER, CollectiveRole.NONE)) {
            assertThat(HeadOutsideOwnUnitQuota.roleInGroup(role, true)).isEqualTo(role);
            assertThat(HeadOutsideOwnUnitQuota.roleInGroup(role, false)).isEqualTo(role);
        }
    }

    /** A candidate whose overall KPI is {@code kpiPercent} % and total that many points less 30. */
    private static QuotaCandidate candidate(String id, CollectiveRole role, RatingLevel level, int kpiPercent) {
        Fraction kpi = Fraction.of(BigDecimal.valueOf(kpiPercent, 2));
        QuarterlyScore score = new QuarterlyScore(BigDecimal.valueOf(kpiPercent - 30L), kpi,
                Fraction.of(BigDecimal.valueOf(kpiPercent - 30L)), BigDecimal.ONE, List.of());
        return new QuotaCandidate(id, "Trưởng phòng " + id, role, level, score);
    }
}
