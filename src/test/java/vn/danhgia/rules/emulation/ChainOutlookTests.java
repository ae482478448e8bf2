package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationTitle.ADVANCED_WORKER;
import static vn.danhgia.rules.emulation.EmulationTitle.CERTIFICATE_OF_MERIT;
import static vn.danhgia.rules.emulation.EmulationTitle.GRASSROOTS_EMULATION_FIGHTER;
import static vn.danhgia.rules.emulation.EmulationTitle.PRIME_MINISTER_MERIT;
import static vn.danhgia.rules.emulation.EmulationTitle.PROVINCIAL_EMULATION_FIGHTER;
import static vn.danhgia.rules.emulation.EmulationTitle.PROVINCIAL_MERIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;

/**
 * Issue 14 §6: who needs one more year, counted by the rules themselves (Luật TĐKT 2022 Điều 22, 71, 74, 75), on the
 * law's default thresholds.
 */
class ChainOutlookTests {

    private static final int YEAR = 2164;
    private final ChainOutlook outlook = new ChainOutlook(new EmulationRules(EmulationThresholds.defaults()));

    private static Map<EmulationTitle, ChainProspect> byTitle(List<ChainProspect> prospects) {
        return prospects.stream().collect(Collectors.toMap(ChainProspect::title, Function.identity()));
    }

    private static PersonYear fighter(int year, Achievement... achievements) {
        return PersonYear.past(year, RatingLevel.EXCELLENT, Set.of(ADVANCED_WORKER, GRASSROOTS_EMULATION_FIGHTER),
                List.of(achievements));
    }

    // Điều 22: three consecutive Chiến sĩ thi đua cơ sở; two are held, the provincial initiative is still missing.
    @Test
    void twoConsecutiveGrassrootsFightersNeedOneMoreYearAndTheProvincialInitiative() {
        ChainProspect provincial = byTitle(outlook.nextYear(List.of(fighter(YEAR - 1), fighter(YEAR)), YEAR))
                .get(PROVINCIAL_EMULATION_FIGHTER);

        assertThat(provincial.yearsHeld()).isEqualTo(2);
        assertThat(provincial.yearsNeeded()).isEqualTo(3);
        assertThat(provincial.completeWithNextYear()).isFalse();
        assertThat(provincial.stillMissing()).extracting(EmulationReason::code)
                .containsExactly(EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    @Test
    void aProvincialInitiativeInTheRunLeavesNothingMissing() {
        Achievement provincialInitiative = new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.PROVINCIAL,
                YEAR - 1);
        ChainProspect provincial = byTitle(outlook.nextYear(
                List.of(fighter(YEAR - 1, provincialInitiative), fighter(YEAR)), YEAR))
                .get(PROVINCIAL_EMULATION_FIGHTER);

        assertThat(provincial.completeWithNextYear()).isTrue();
    }

    // A break in the run: a year without Chiến sĩ thi đua cơ sở between them leaves one year held, two away.
    @Test
    void aBrokenRunIsNotOneYearAway() {
        List<PersonYear> broken = List.of(fighter(YEAR - 2), PersonYear.past(YEAR - 1, RatingLevel.GOOD,
                Set.of(ADVANCED_WORKER), List.of()), fighter(YEAR));

        assertThat(byTitle(outlook.nextYear(broken, YEAR))).doesNotContainKey(PROVINCIAL_EMULATION_FIGHTER);
    }

    // A run already complete in the year under review is that year's title, not next year's.
    @Test
    void aRunCompleteThisYearIsNotListedForNextYear() {
        List<PersonYear> three = List.of(fighter(YEAR - 2), fighter(YEAR - 1), fighter(YEAR));

        assertThat(byTitle(outlook.nextYear(three, YEAR))).doesNotContainKey(PROVINCIAL_EMULATION_FIGHTER);
    }

    // Điều 74: two consecutive HTXS years with two initiatives; one is held.
    @Test
    void oneExcellentYearOfTwoForTheProvincialMerit() {
        ChainProspect merit = byTitle(outlook.nextYear(List.of(PersonYear.past(YEAR - 1, RatingLevel.GOOD, Set.of(),
                List.of()), PersonYear.past(YEAR, RatingLevel.EXCELLENT, Set.of(), List.of())), YEAR))
                .get(PROVINCIAL_MERIT);

        assertThat(merit.yearsHeld()).isEqualTo(1);
        assertThat(merit.yearsNeeded()).isEqualTo(2);
        assertThat(merit.stillMissing()).extracting(EmulationReason::code)
                .containsExactly(EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    // Điều 71: a Bằng khen tỉnh, then five HTXS years with five initiatives; four years are held after it, and the
    // five initiatives already made (two in the last year), so a best next year completes it.
    @Test
    void fourExcellentYearsAfterAProvincialMeritForThePrimeMinistersMerit() {
        List<PersonYear> history = new ArrayList<>();
        history.add(PersonYear.past(YEAR - 4, RatingLevel.EXCELLENT, Set.of(PROVINCIAL_MERIT), List.of()));
        for (int year = YEAR - 3; year <= YEAR; year++) {
            history.add(PersonYear.past(year, RatingLevel.EXCELLENT, Set.of(),
                    List.of(new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.GRASSROOTS, year))));
        }
        ChainProspect withFourInitiatives = byTitle(outlook.nextYear(history, YEAR)).get(PRIME_MINISTER_MERIT);
        history.set(history.size() - 1, PersonYear.past(YEAR, RatingLevel.EXCELLENT, Set.of(), List.of(
                new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.GRASSROOTS, YEAR),
                new Achievement(AchievementKind.RESEARCH, RecognitionLevel.GRASSROOTS, YEAR))));

        ChainProspect merit = byTitle(outlook.nextYear(history, YEAR)).get(PRIME_MINISTER_MERIT);

        assertThat(merit.yearsHeld()).isEqualTo(4);
        assertThat(merit.yearsNeeded()).isEqualTo(5);
        assertThat(merit.completeWithNextYear()).isTrue();
        assertThat(withFourInitiatives.stillMissing()).extracting(EmulationReason::code)
                .containsExactly(EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    // Điều 75 (provincial practice): two consecutive years "hoàn thành tốt"; one is held.
    @Test
    void oneGoodYearOfTwoForTheCertificateOfMerit() {
        Map<EmulationTitle, ChainProspect> prospects = byTitle(outlook.nextYear(
                List.of(PersonYear.past(YEAR, RatingLevel.GOOD, Set.of(ADVANCED_WORKER), List.of())), YEAR));

        assertThat(prospects.get(CERTIFICATE_OF_MERIT).yearsHeld()).isEqualTo(1);
        assertThat(prospects.get(CERTIFICATE_OF_MERIT).completeWithNextYear()).isTrue();
        assertThat(prospects).doesNotContainKey(PROVINCIAL_EMULATION_FIGHTER);
    }

    @Test
    void nobodyWithoutAHistoryIsOneYearAway() {
        assertThat(outlook.nextYear(List.of(), YEAR)).isEmpty();
    }
}
