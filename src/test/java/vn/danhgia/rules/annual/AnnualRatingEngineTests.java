package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.EarlierShortcomings;
import vn.danhgia.rules.quarterly.TaskConditions;

/** Party members' yearly levels (QĐ 366 Điều 11 as DOMAIN-annual §1 digests it; QĐ 124 Điều 12 for 2023). */
class AnnualRatingEngineTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    /** 10 tasks, all done on time with quality, 4 beyond requirement (40 %). */
    static final TaskConditions FORTY_PERCENT_BEYOND = new TaskConditions(10, 10, 4, 0, 0);

    static AnnualCase.Builder member(int year, String points) {
        return AnnualCase.builder(SubjectTrack.PARTY_MEMBER, year).points(points).tasks(FORTY_PERCENT_BEYOND);
    }

    private AnnualSuggestion suggest(AnnualCase annualCase) {
        return engine.suggest(annualCase, AnnualLegalBasis.forYear(annualCase.year(), annualCase.track()));
    }

    @ParameterizedTest(name = "{0} points → {1}")
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.995, EXCELLENT", "89.99, GOOD", "70, GOOD", "69.99, COMPLETED",
            "50, COMPLETED", "49.99, NOT_COMPLETED", "0, NOT_COMPLETED"})
    void pointsBandsOfArticle11(String points, RatingLevel level) {
        // QĐ 366 Điều 11: ≥ 90 HTXS, 70 – < 90 HTT, 50 – < 70 HT, < 50 KHT; read on the total printed to 2 decimals.
        AnnualSuggestion suggestion = suggest(member(2026, points).build());
        assertThat(suggestion.level()).isEqualTo(level);
        assertThat(suggestion.reasons().get(0).code()).isEqualTo("annual-legal-basis");
        assertThat(suggestion.reasons()).filteredOn(reason -> reason.code().equals("points-band"))
                .singleElement().extracting(RatingReason::source).isEqualTo(RuleSource.QD_366_ARTICLE_11);
    }

    @Test
    void sameFactsRateDifferentlyIn2023And2026() {
        // 92 points, 40 % beyond: QĐ 366 (≥ 30 %) gives HTXS; QĐ 124 read with ≥ 50 % beyond and no points gives HTT.
        assertThat(suggest(member(2026, "92").build()).level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(suggest(member(2023, "92").build()).level()).isEqualTo(RatingLevel.GOOD);
        // 60 points, all done on time: QĐ 366 band gives HT; QĐ 124 has no points, so the conditions give HTT.
        assertThat(suggest(member(2026, "60").build()).level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggest(member(2023, "60").build()).level()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void excellentNeedsThirtyPercentBeyondRequirement() {
        // QĐ 366 Điều 11.1: "ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu".
        AnnualCase short29 = member(2026, "95").tasks(new TaskConditions(100, 100, 29, 0, 0)).build();
        AnnualCase met30 = member(2026, "95").tasks(new TaskConditions(100, 100, 30, 0, 0)).build();
        assertThat(suggest(short29).level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggest(short29).hasReason("beyond-share-short")).isTrue();
        assertThat(suggest(met30).level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void lateTasksAllowCompletedUpToTwentyPercent() {
        // DOMAIN-annual §1 HT: 100 % done, ≤ 20 % behind schedule; GOOD needs every task on time with quality.
        assertThat(suggest(member(2026, "95").tasks(new TaskConditions(10, 10, 4, 2, 0)).build()).level())
                .isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggest(member(2026, "95").tasks(new TaskConditions(10, 10, 4, 3, 0)).build()).level())
                .isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(suggest(member(2026, "95").tasks(new TaskConditions(10, 9, 4, 0, 0)).build()).level())
                .isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void earlierShortcomingsNotRemediedRuleOutExcellent() {
        // QĐ 366 Điều 11.1: "Đã khắc phục 100% các hạn chế, khuyết điểm".
        AnnualCase annualCase = member(2026, "95").shortcomings(EarlierShortcomings.NOT_REMEDIED).build();
        assertThat(suggest(annualCase).level()).isEqualTo(RatingLevel.GOOD);
        assertThat(suggest(annualCase).hasReason("shortcomings-not-remedied")).isTrue();
    }

    @Test
    void vetoesOfTheYearMakeNotCompleted() {
        // DOMAIN-annual §1 KHT: disciplined (khiển trách or above) in the year; degradation; corruption (leaders).
        assertThat(suggest(member(2026, "95").misconduct(AnnualCase.Misconduct.disciplined(DisciplineForm.REPRIMAND))
                .build()).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(suggest(member(2026, "95").misconduct(new AnnualCase.Misconduct(null, true, null)).build())
                .level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        AnnualCase.Misconduct corruption = new AnnualCase.Misconduct(null, false, CorruptionExemption.NONE);
        AnnualCase leader = member(2026, "95").misconduct(corruption)
                .leadership(AnnualCase.Leadership.ofLedUnit(FORTY_PERCENT_BEYOND)).build();
        assertThat(suggest(leader).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        // Not a leader: no unit under direct charge, so the corruption rule does not apply.
        assertThat(suggest(member(2026, "95").misconduct(corruption).build()).level())
                .isEqualTo(RatingLevel.EXCELLENT);
        AnnualCase exempt = leader.toBuilder()
                .misconduct(new AnnualCase.Misconduct(null, false, CorruptionExemption.COULD_NOT_KNOW)).build();
        assertThat(suggest(exempt).level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(suggest(exempt).hasReason("annual-corruption-exempt")).isTrue();
    }

    @Test
    void leaderNeedsTheLedUnitAtTheLevel() {
        // QĐ 366 Điều 11.1: the led unit completes 100 % with ≥ 30 % beyond for HTXS; HTT needs it on time too.
        AnnualCase unitGood = member(2026, "95")
                .leadership(AnnualCase.Leadership.ofLedUnit(new TaskConditions(10, 10, 2, 0, 0))).build();
        assertThat(suggest(unitGood).level()).isEqualTo(RatingLevel.GOOD);
        AnnualCase unitLate = member(2026, "95")
                .leadership(AnnualCase.Leadership.ofLedUnit(new TaskConditions(10, 10, 5, 1, 0))).build();
        assertThat(suggest(unitLate).level()).isEqualTo(RatingLevel.COMPLETED);
        AnnualCase unitUnknown = member(2026, "95").leadership(new AnnualCase.Leadership(null, null)).build();
        assertThat(suggest(unitUnknown).level()).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void theSuggestionIsTheLowestCapAndListsEveryLimit() {
        AnnualCase annualCase = member(2026, "75").shortcomings(EarlierShortcomings.NOT_REMEDIED)
                .tasks(new TaskConditions(10, 10, 1, 1, 0)).build();
        AnnualSuggestion suggestion = suggest(annualCase);
        assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggestion.limitingReasons()).extracting(RatingReason::code)
                .containsExactlyInAnyOrder("points-band", "late-tasks", "beyond-share-short",
                        "shortcomings-not-remedied");
    }

    @Test
    void aBasisWithPointsNeedsThePoints() {
        AnnualCase noPoints = AnnualCase.builder(SubjectTrack.PARTY_MEMBER, 2026).tasks(FORTY_PERCENT_BEYOND).build();
        assertThatThrownBy(() -> suggest(noPoints)).isInstanceOf(IllegalArgumentException.class);
        // QĐ 124 (2023) has no points: the same case is rated on its conditions.
        AnnualCase in2023 = AnnualCase.builder(SubjectTrack.PARTY_MEMBER, 2023).tasks(FORTY_PERCENT_BEYOND).build();
        assertThat(suggest(in2023).level()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void partyBasisRefusesAStateSubject() {
        AnnualCase civilServant = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2026).points("95").build();
        assertThatThrownBy(() -> engine.suggest(civilServant,
                AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_MEMBER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(engine.suggest(civilServant, AnnualLegalBasis.forYear(2026, SubjectTrack.CIVIL_SERVANT))
                .level())).containsExactly(RatingLevel.EXCELLENT);
    }
}
