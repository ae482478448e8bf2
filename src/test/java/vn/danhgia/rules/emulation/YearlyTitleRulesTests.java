package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;
import static vn.danhgia.rules.emulation.EmulationMother.assertEligible;
import static vn.danhgia.rules.emulation.EmulationMother.assertRefusedFor;
import static vn.danhgia.rules.emulation.EmulationMother.initiative;
import static vn.danhgia.rules.emulation.EmulationMother.withTime;
import static vn.danhgia.rules.emulation.EmulationMother.year;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;

/**
 * The titles of one year: Lao động tiên tiến (Luật TĐKT 2022 Điều 24, with the exclusions of DOMAIN-annual.md §4) and
 * Chiến sĩ thi đua cơ sở (Điều 23).
 */
class YearlyTitleRulesTests {

    private static final String ARTICLE_24 = "Luật TĐKT 2022 Điều 24";
    private static final String ARTICLE_23 = "Luật TĐKT 2022 Điều 23";

    private static TitleEligibility advancedWorker(PersonYear year) {
        return LAW.forPerson(List.of(year), year.year(), EmulationTitle.ADVANCED_WORKER);
    }

    private static TitleEligibility grassrootsFighter(PersonYear year) {
        return LAW.forPerson(List.of(year), year.year(), EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    void advancedWorkerNeedsGoodOrBetter() {
        assertEligible(advancedWorker(year(2025, RatingLevel.GOOD)));
        assertEligible(advancedWorker(year(2025, RatingLevel.EXCELLENT)));
        assertRefusedFor(advancedWorker(year(2025, RatingLevel.COMPLETED)), ARTICLE_24,
                EmulationReasonCode.LEVEL_AT_LEAST);
    }

    @Test
    void anUndecidedYearIsNoAdvancedWorkerYet() {
        assertRefusedFor(advancedWorker(year(2025, null)), ARTICLE_24, EmulationReasonCode.YEAR_RATED,
                EmulationReasonCode.LEVEL_AT_LEAST);
    }

    @Test
    void tenMonthsWorkedAreEnoughNineAreNot() {
        assertEligible(advancedWorker(withTime(year(2025, RatingLevel.GOOD), 10, 0)));
        TitleEligibility nine = advancedWorker(withTime(year(2025, RatingLevel.GOOD), 9, 0));
        assertRefusedFor(nine, ARTICLE_24, EmulationReasonCode.MONTHS_WORKED);
        assertThat(nine.unmet().get(0).arguments()).containsExactly(9, 10);
    }

    @Test
    void thirtyNineDaysOffAreAllowedFortyAreNot() {
        assertEligible(advancedWorker(withTime(year(2025, RatingLevel.GOOD), 12, 39)));
        TitleEligibility forty = advancedWorker(withTime(year(2025, RatingLevel.GOOD), 12, 40));
        assertRefusedFor(forty, ARTICLE_24, EmulationReasonCode.DAYS_OFF);
        assertThat(forty.unmet().get(0).arguments()).containsExactly(40, 40);
    }

    @Test
    void unknownTimeWorkedExcludesNobody() {
        assertEligible(advancedWorker(withTime(year(2025, RatingLevel.GOOD), null, null)));
    }

    @Test
    void grassrootsFighterThroughExcellent() {
        assertEligible(grassrootsFighter(year(2025, RatingLevel.EXCELLENT)));
    }

    @Test
    void grassrootsFighterThroughAnInitiativeWithoutExcellent() {
        assertEligible(grassrootsFighter(year(2025, RatingLevel.GOOD, initiative(RecognitionLevel.GRASSROOTS, 2025))));
    }

    @Test
    void grassrootsFighterThroughResearchWithoutExcellent() {
        assertEligible(grassrootsFighter(year(2025, RatingLevel.GOOD,
                new Achievement(AchievementKind.RESEARCH, RecognitionLevel.GRASSROOTS, 2025))));
    }

    @Test
    void grassrootsFighterRefusedWithNeitherExcellentNorAnInitiative() {
        TitleEligibility refused = grassrootsFighter(year(2025, RatingLevel.GOOD));
        assertRefusedFor(refused, ARTICLE_23, EmulationReasonCode.EXCELLENT_OR_ACHIEVEMENT);
        assertThat(refused.unmet().get(0).arguments()).containsExactly(false, 0L);
    }

    @Test
    void anInitiativeOfAnotherYearDoesNotMakeThisYearsFighter() {
        assertRefusedFor(grassrootsFighter(year(2025, RatingLevel.GOOD, initiative(RecognitionLevel.GRASSROOTS,
                2024))), ARTICLE_23, EmulationReasonCode.EXCELLENT_OR_ACHIEVEMENT);
    }

    @Test
    void grassrootsFighterMustFirstBeAnAdvancedWorker() {
        TitleEligibility refused = grassrootsFighter(withTime(year(2025, RatingLevel.EXCELLENT), 9, 0));
        assertThat(refused.unmet()).extracting(EmulationReason::code)
                .containsExactly(EmulationReasonCode.ADVANCED_WORKER_THIS_YEAR);
    }
}
