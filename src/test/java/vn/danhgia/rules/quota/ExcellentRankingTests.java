package vn.danhgia.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.QuarterlyScore;

/**
 * Who fills the EXCELLENT places: seed 002 Phụ lục 2 §2(i) makes beyond-plan work "cơ sở xem xét về mức độ nổi trội
 * giữa các cá nhân", so the overall KPI ranks first, then the total; ties at the cut go to the authority.
 */
class ExcellentRankingTests {

    @Test
    void higherOverallKpiTakesThePlace() {
        QuotaRanking ranking = ExcellentRanking.rank(List.of(
                eligible("Trần Thị Bình", "30", "66"),
                eligible("Lê Văn Cường", "30", "70"),
                eligible("Phạm Thị Dung", "30", "68")), 1);
        assertThat(ranking.candidates()).extracting(c -> c.candidate().name(), RankedCandidate::rank,
                        RankedCandidate::outcome, RankedCandidate::proposedLevel)
                .containsExactly(
                        tuple("Lê Văn Cường", 1, QuotaOutcome.AWARDED, RatingLevel.EXCELLENT),
                        tuple("Phạm Thị Dung", 2, QuotaOutcome.OUTSIDE_PLACES, RatingLevel.GOOD),
                        tuple("Trần Thị Bình", 3, QuotaOutcome.OUTSIDE_PLACES, RatingLevel.GOOD));
        assertThat(ranking.candidates().get(1).reason().code()).isEqualTo("quota-outside");
    }

    /** Equal KPI: the higher total (here, more general criteria met) ranks first. */
    @Test
    void equalKpiFallsBackToTheTotal() {
        QuotaRanking ranking = ExcellentRanking.rank(List.of(
                eligible("Trần Thị Bình", "28", "68"),
                eligible("Lê Văn Cường", "30", "68")), 1);
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).extracting(c -> c.candidate().name())
                .containsExactly("Lê Văn Cường");
    }

    /** Equal on KPI and total across the last place: reported as a tie, never broken by the rules. */
    @Test
    void tieAtTheBoundaryIsLeftToTheAuthority() {
        QuotaRanking ranking = ExcellentRanking.rank(List.of(
                eligible("Trần Thị Bình", "30", "66"),
                eligible("Lê Văn Cường", "30", "70"),
                eligible("Phạm Thị Dung", "30", "66"),
                eligible("Võ Văn Em", "30", "60")), 2);
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).extracting(c -> c.candidate().name())
                .containsExactly("Lê Văn Cường");
        List<RankedCandidate> tied = ranking.withOutcome(QuotaOutcome.TIED_AT_CUT);
        assertThat(tied).extracting(c -> c.candidate().name()).containsExactly("Trần Thị Bình", "Phạm Thị Dung");
        assertThat(tied).allSatisfy(c -> {
            assertThat(c.rank()).isEqualTo(2);
            assertThat(c.proposedLevel()).isNull();
            assertThat(c.reason().arguments()).containsEntry("tied", "2").containsEntry("placesLeft", "1");
        });
        assertThat(ranking.placesLeftForAuthority()).isEqualTo(1);
        assertThat(ranking.withOutcome(QuotaOutcome.OUTSIDE_PLACES)).extracting(RankedCandidate::rank)
                .containsExactly(4);
    }

    /** A tie that fits within the places is no tie at the cut: both are awarded. */
    @Test
    void tieWithinThePlacesAwardsBoth() {
        QuotaRanking ranking = ExcellentRanking.rank(List.of(
                eligible("Trần Thị Bình", "30", "66"),
                eligible("Phạm Thị Dung", "30", "66"),
                eligible("Võ Văn Em", "30", "60")), 2);
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).hasSize(2);
        assertThat(ranking.placesLeftForAuthority()).isZero();
    }

    /**
     * Seed 002 §6.1: "Mức xếp loại của người đứng đầu gắn với kết quả thực hiện nhiệm vụ của các tập thể … và không
     * tính vào tỷ lệ": the head keeps the suggested level and takes no member's place.
     */
    @Test
    void headKeepsTheSuggestedLevelOutsideTheQuota() {
        QuotaCandidate head = new QuotaCandidate("head", "Chánh Văn phòng Hoàng Văn Hải", CollectiveRole.HEAD,
                RatingLevel.EXCELLENT, score("30", "70"));
        QuotaRanking ranking = ExcellentRanking.rank(List.of(head, eligible("Lê Văn Cường", "30", "65")), 1);
        RankedCandidate rankedHead = ranking.withOutcome(QuotaOutcome.HEAD_OUTSIDE_QUOTA).get(0);
        assertThat(rankedHead.proposedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(rankedHead.reason().source()).isEqualTo(RuleSource.SEED_002_6_1);
        assertThat(ranking.withOutcome(QuotaOutcome.AWARDED)).extracting(c -> c.candidate().name())
                .containsExactly("Lê Văn Cường");
    }

    @Test
    void personNotEligibleForExcellentIsNotRanked() {
        QuotaCandidate good = new QuotaCandidate("b", "Trần Thị Bình", CollectiveRole.MEMBER, RatingLevel.GOOD,
                score("30", "69"));
        RankedCandidate ranked = ExcellentRanking.rank(List.of(good), 1).candidates().get(0);
        assertThat(ranked.outcome()).isEqualTo(QuotaOutcome.NOT_ELIGIBLE);
        assertThat(ranked.rank()).isNull();
        assertThat(ranked.proposedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    /** Seed 000 rates on conditions only: without scores every eligible person is equal, so the cut is a tie. */
    @Test
    void withoutScoresEveryoneTiesAtTheCut() {
        QuotaRanking ranking = ExcellentRanking.rank(List.of(
                new QuotaCandidate("b", "Trần Thị Bình", CollectiveRole.MEMBER, RatingLevel.EXCELLENT, null),
                new QuotaCandidate("c", "Lê Văn Cường", CollectiveRole.MEMBER, RatingLevel.EXCELLENT, null)), 1);
        assertThat(ranking.withOutcome(QuotaOutcome.TIED_AT_CUT)).hasSize(2);
    }

    private static QuotaCandidate eligible(String name, String generalPoints, String taskPoints) {
        return new QuotaCandidate(name, name, CollectiveRole.DEPUTY, RatingLevel.EXCELLENT,
                score(generalPoints, taskPoints));
    }

    private static QuarterlyScore score(String generalPoints, String taskPoints) {
        BigDecimal general = new BigDecimal(generalPoints);
        BigDecimal tasks = new BigDecimal(taskPoints);
        return new QuarterlyScore(general, Fraction.of(tasks), Fraction.of(general.add(tasks)), new BigDecimal("70"),
                List.of());
    }
}
