package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;

/** A leader's party-member level rests on the cadre level, provisionally on the workplace's proposal (seed 004 §VII.1). */
class LeaderPartyLevelTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    @Test
    void proposalIsTheBasisUntilTheAuthorityDecides() {
        // Seed 004 §VII.1: "trường hợp cấp có thẩm quyền chưa quyết định … có thể lấy kết quả đề nghị mức xếp loại của
        // cơ quan, đơn vị nơi công tác chính".
        assertThat(LeaderPartyLevel.basis(null, RatingLevel.GOOD))
                .isEqualTo(new LeaderPartyLevel(RatingLevel.GOOD, true));
        assertThat(LeaderPartyLevel.basis(RatingLevel.EXCELLENT, RatingLevel.GOOD))
                .isEqualTo(new LeaderPartyLevel(RatingLevel.EXCELLENT, false));
        assertThat(LeaderPartyLevel.basis(RatingLevel.COMPLETED, null))
                .isEqualTo(new LeaderPartyLevel(RatingLevel.COMPLETED, false));
        assertThatThrownBy(() -> LeaderPartyLevel.basis(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partyLevelIsUpdatedWhenTheAuthorityDecides() {
        // Seed 004 §VII.1: the party rating rests on the proposal, then on the decision.
        AnnualCase.Builder leader = AnnualRatingEngineTests.member(2026, "95")
                .leadership(AnnualCase.Leadership.ofLedUnit(AnnualRatingEngineTests.FORTY_PERCENT_BEYOND));
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER);
        AnnualSuggestion provisional = engine.suggest(
                leader.cadreLevel(LeaderPartyLevel.basis(null, RatingLevel.GOOD)).build(), basis);
        assertThat(provisional.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(provisional.hasReason("leader-party-level-provisional")).isTrue();
        AnnualSuggestion decided = engine.suggest(
                leader.cadreLevel(LeaderPartyLevel.basis(RatingLevel.EXCELLENT, RatingLevel.GOOD)).build(), basis);
        assertThat(decided.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(decided.hasReason("leader-party-level-decided")).isTrue();
    }

    @Test
    void theCadreLevelOnlyBindsThePartyRating() {
        AnnualCase civilServant = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2026).points("95")
                .cadreLevel(LeaderPartyLevel.basis(null, RatingLevel.COMPLETED)).build();
        assertThat(engine.suggest(civilServant, AnnualLegalBasis.forYear(2026, SubjectTrack.CIVIL_SERVANT)).level())
                .isEqualTo(RatingLevel.EXCELLENT);
    }
}
