package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.TaskConditions;

/**
 * A grassroots party organisation's EXCELLENT and its subordinate bodies (DOMAIN-annual §2 "Subordinates (old HD
 * 16/2018, 21/2019)": "TCCSĐ HTXS: 100 % of subordinate orgs ≥ HT, ≥ 80 % HTT+; same-level government and mass orgs
 * HTT+", [M], so the share is a setting of the basis).
 */
class SubordinateBodiesTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    private static AnnualCase ward(int year, List<RatingLevel> cells, List<RatingLevel> sameLevel) {
        return AnnualCase.builder(SubjectTrack.PARTY_ORGANISATION, year).points("95")
                .tasks(new TaskConditions(20, 20, 7, 0, 0))
                .collective(new AnnualCase.CollectiveFacts(false, 0, 0, List.of(),
                        new AnnualCase.SubordinateBodies(cells, sameLevel)))
                .build();
    }

    private AnnualSuggestion suggest(AnnualCase annualCase) {
        return engine.suggest(annualCase, AnnualLegalBasis.forYear(annualCase.year(), annualCase.track()));
    }

    @Test
    void eightyPercentOfTheCellsGoodAndEveryBodyAtTheLevelGoodKeepExcellent() {
        AnnualSuggestion suggestion = suggest(ward(2026, cells(4, 1, 0), List.of(RatingLevel.GOOD,
                RatingLevel.EXCELLENT)));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(suggestion.hasReason("annual-subordinate-bodies")).isFalse();
    }

    @Test
    void fewerThanEightyPercentOfTheCellsGoodHoldTheOrganisationAtGoodCitingTheGuidance() {
        AnnualSuggestion suggestion = suggest(ward(2026, cells(3, 2, 0), List.of(RatingLevel.GOOD)));
        assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
        RatingReason reason = suggestion.reasons().stream()
                .filter(r -> r.code().equals("annual-subordinate-bodies")).findFirst().orElseThrow();
        assertThat(reason.source()).isEqualTo(RuleSource.HD_16_2018);
        assertThat(reason.arguments()).containsEntry("organisations", "5").containsEntry("goodOrAbove", "3")
                .containsEntry("goodShare", "60").containsEntry("minGoodShare", "80");
    }

    @Test
    void oneCellNotCompletedOrOneMassOrganisationOnlyCompletedIsEnoughToLoseExcellent() {
        assertThat(suggest(ward(2024, cells(9, 0, 1), List.of())).level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggest(ward(2024, cells(5, 0, 0), List.of(RatingLevel.GOOD, RatingLevel.COMPLETED))).level())
                .isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void aLeadershipCollectiveOrABasisWithTheSettingOffIsNotHeldByIt() {
        AnnualCase collective = AnnualCase.builder(SubjectTrack.LEADERSHIP_COLLECTIVE, 2026).points("95")
                .tasks(new TaskConditions(20, 20, 7, 0, 0))
                .collective(new AnnualCase.CollectiveFacts(false, 0, 0, List.of(),
                        new AnnualCase.SubordinateBodies(cells(1, 4, 0), List.of())))
                .build();
        assertThat(suggest(collective).level()).isEqualTo(RatingLevel.EXCELLENT);
        AnnualCase wardCase = ward(2026, cells(1, 4, 0), List.of());
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_ORGANISATION);
        AnnualLegalBasis off = basis.withThresholds(basis.thresholds().withSubordinateBodiesMinGoodShare(null));
        assertThat(engine.suggest(wardCase, off).level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    private static List<RatingLevel> cells(int good, int completed, int notCompleted) {
        List<RatingLevel> levels = new ArrayList<>();
        levels.addAll(Collections.nCopies(good, RatingLevel.GOOD));
        levels.addAll(Collections.nCopies(completed, RatingLevel.COMPLETED));
        levels.addAll(Collections.nCopies(notCompleted, RatingLevel.NOT_COMPLETED));
        return levels;
    }
}
