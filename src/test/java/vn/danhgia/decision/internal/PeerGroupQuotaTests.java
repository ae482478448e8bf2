package vn.danhgia.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.organization.Authority;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quota.QuotaOutcome;

/**
 * The EXCELLENT places of a peer group as the decision counts them (seed 000 §III.3.1 "không vượt quá 20% tổng số cá
 * nhân được đánh giá, xếp loại Hoàn thành tốt nhiệm vụ"; seed 002 §6.1 "làm tròn từ 0,5 trở lên làm tròn lên 1"),
 * built from members with the engine's suggestions, as {@link DecisionRules} weighs them at decision time.
 */
class PeerGroupQuotaTests {

    private static final RatingRules RULES = RatingRules.defaults();

    @ParameterizedTest(name = "{0} GOOD-qualified deputies across units → {1} places")
    @CsvSource({"4, 1", "5, 1", "12, 2", "13, 3", "23, 5"})
    @DisplayName("Seed 000 §III.3.1, seed 002 §6.1: 20 % of the GOOD-qualified, 0,5 rounds up")
    void placesOfAPeerGroupAcrossUnits(int goodQualified, int places) {
        List<PeerGroupQuota.Member> members = new ArrayList<>();
        for (int i = 0; i < goodQualified; i++) {
            members.add(member(i, i % 10, PositionRank.DEPUTY, i == 0 ? RatingLevel.EXCELLENT : RatingLevel.GOOD));
        }
        members.add(member(99, 1, PositionRank.DEPUTY, RatingLevel.COMPLETED));
        PeerGroupQuota quota = PeerGroupQuota.of(members, null, RULES);
        assertThat(quota.qualified()).isEqualTo(goodQualified);
        assertThat(quota.places()).isEqualTo(places);
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: a unit of fewer than 5 leaders, all GOOD, may have 1; one COMPLETED and it may not")
    void smallUnitAllGood() {
        List<PeerGroupQuota.Member> allGood = List.of(member(1, 1, PositionRank.DEPUTY, RatingLevel.EXCELLENT),
                member(2, 1, PositionRank.DEPUTY, RatingLevel.GOOD));
        assertThat(PeerGroupQuota.of(allGood, 3, RULES).places()).isEqualTo(1);
        List<PeerGroupQuota.Member> oneCompleted = List.of(member(1, 1, PositionRank.DEPUTY, RatingLevel.EXCELLENT),
                member(2, 1, PositionRank.DEPUTY, RatingLevel.COMPLETED));
        assertThat(PeerGroupQuota.of(oneCompleted, 3, RULES).places()).isZero();
    }

    @Test
    @DisplayName("Seed 002 §6.1: the head is outside the members' count and ranking")
    void headOutsideTheQuota() {
        List<PeerGroupQuota.Member> members = new ArrayList<>();
        members.add(member(0, 1, PositionRank.HEAD, RatingLevel.EXCELLENT));
        for (int i = 1; i <= 5; i++) {
            members.add(member(i, 1, PositionRank.DEPUTY, RatingLevel.GOOD));
        }
        PeerGroupQuota quota = PeerGroupQuota.of(members, 6, RULES);
        assertThat(quota.qualified()).isEqualTo(5);
        assertThat(quota.places()).isEqualTo(1);
        assertThat(quota.of(new CadreId(0)).orElseThrow().outcome()).isEqualTo(QuotaOutcome.HEAD_OUTSIDE_QUOTA);
    }

    @Test
    @DisplayName("Seed 000 §III.3.1, seed 002 §6.1: heads of different units decided together share the places")
    void headsOfDifferentUnitsArePeersWithinTheQuota() {
        List<PeerGroupQuota.Member> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(member(i, i + 1, PositionRank.HEAD, RatingLevel.EXCELLENT));
        }
        PeerGroupQuota quota = PeerGroupQuota.of(members, null, RULES);
        assertThat(quota.qualified()).isEqualTo(5);
        assertThat(quota.places()).isEqualTo(1);
        assertThat(quota.ranking().candidates()).extracting(ranked -> ranked.outcome())
                .doesNotContain(QuotaOutcome.HEAD_OUTSIDE_QUOTA)
                .contains(QuotaOutcome.TIED_AT_CUT);
    }

    private static PeerGroupQuota.Member member(long id, long unit, PositionRank rank, RatingLevel level) {
        CadreWithPosition post = new CadreWithPosition(new CadreId(id), "NB" + id, "Cán bộ " + id, new PositionId(id),
                "Phó Trưởng phòng", new UnitId(unit), "Phòng " + unit, rank, PositionTrack.GOVERNMENT, true);
        CadreFacts facts = new CadreFacts(new DecisionCandidate(post, Authority.NONE), null, null, null, List.of(),
                RULES);
        return new PeerGroupQuota.Member(facts, new RatingSuggestion(level, List.of()));
    }
}
