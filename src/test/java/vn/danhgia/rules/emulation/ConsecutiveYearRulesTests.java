package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;
import static vn.danhgia.rules.emulation.EmulationMother.assertEligible;
import static vn.danhgia.rules.emulation.EmulationMother.assertRefusedFor;
import static vn.danhgia.rules.emulation.EmulationMother.fighterYear;
import static vn.danhgia.rules.emulation.EmulationMother.initiative;
import static vn.danhgia.rules.emulation.EmulationMother.past;
import static vn.danhgia.rules.emulation.EmulationMother.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;

/**
 * The titles and rewards that rest on a run of consecutive years: Chiến sĩ thi đua cấp tỉnh (Luật TĐKT 2022 Điều 22),
 * toàn quốc (Điều 21), Bằng khen of the provincial chairman (Điều 74) and of the Prime Minister (Điều 71), Giấy khen
 * (Điều 75). The year under review is 2025 unless a test says otherwise.
 */
class ConsecutiveYearRulesTests {

    private static final String ARTICLE_22 = "Luật TĐKT 2022 Điều 22";
    private static final String ARTICLE_21 = "Luật TĐKT 2022 Điều 21";
    private static final String ARTICLE_74 = "Luật TĐKT 2022 Điều 74";
    private static final String ARTICLE_71 = "Luật TĐKT 2022 Điều 71";
    private static final String ARTICLE_75 = "Luật TĐKT 2022 Điều 75";

    private static final Set<EmulationTitle> ADVANCED_ONLY = Set.of(EmulationTitle.ADVANCED_WORKER);

    private static TitleEligibility check(EmulationTitle title, int year, PersonYear... history) {
        return LAW.forPerson(List.of(history), year, title);
    }

    @Test
    void provincialFighterAfterThreeConsecutiveGrassrootsTitlesWithAProvincialInitiative() {
        assertEligible(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2023),
                fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)), year(2025, RatingLevel.EXCELLENT)));
    }

    @Test
    void provincialFighterRefusedAfterTwoGrassrootsTitles() {
        TitleEligibility two = check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025,
                fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)), year(2025, RatingLevel.EXCELLENT));
        assertRefusedFor(two, ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
        assertThat(two.unmet().get(0).arguments()).containsExactly(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 2,
                3);
    }

    @Test
    void aYearWithoutTheGrassrootsTitleBreaksTheRun() {
        TitleEligibility broken = check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2021),
                fighterYear(2022), past(2023, RatingLevel.GOOD, ADVANCED_ONLY),
                fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)), year(2025, RatingLevel.EXCELLENT));
        assertRefusedFor(broken, ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
        assertThat(broken.unmet().get(0).arguments()).containsExactly(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 2,
                3);
    }

    @Test
    void aYearMissingFromTheHistoryBreaksTheRunToo() {
        assertRefusedFor(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2021),
                fighterYear(2022), fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)),
                year(2025, RatingLevel.EXCELLENT)), ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
    }

    @Test
    void thisYearMustItselfBeAGrassrootsFighterYear() {
        assertRefusedFor(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2022),
                fighterYear(2023), fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)),
                year(2025, RatingLevel.GOOD)), ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
    }

    @Test
    void provincialFighterRefusedWithOnlyAGrassrootsInitiative() {
        TitleEligibility grassrootsOnly = check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2023),
                fighterYear(2024, initiative(RecognitionLevel.GRASSROOTS, 2024)), year(2025, RatingLevel.EXCELLENT));
        assertRefusedFor(grassrootsOnly, ARTICLE_22, EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
        assertThat(grassrootsOnly.unmet().get(0).arguments()).containsExactly(RecognitionLevel.PROVINCIAL, 0L, 1,
                2023, 2025);
    }

    @Test
    void aProvincialInitiativeBeforeTheRunDoesNotCount() {
        assertRefusedFor(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025,
                past(2022, RatingLevel.EXCELLENT, ADVANCED_ONLY, initiative(RecognitionLevel.PROVINCIAL, 2022)),
                fighterYear(2023), fighterYear(2024), year(2025, RatingLevel.EXCELLENT)), ARTICLE_22,
                EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    @Test
    void aNationalInitiativeIsOfProvincialEffectToo() {
        assertEligible(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2023),
                fighterYear(2024), year(2025, RatingLevel.EXCELLENT, initiative(RecognitionLevel.NATIONAL, 2025))));
    }

    @Test
    void theRunStartsAgainAfterAProvincialTitle() {
        PersonYear titled = past(2022, RatingLevel.EXCELLENT, Set.of(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER),
                initiative(RecognitionLevel.PROVINCIAL, 2022));
        // Five consecutive grassroots titles, but only two after the provincial title of 2022.
        TitleEligibility soon = check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2024, fighterYear(2020),
                fighterYear(2021), titled, fighterYear(2023, initiative(RecognitionLevel.PROVINCIAL, 2023)),
                year(2024, RatingLevel.EXCELLENT));
        assertRefusedFor(soon, ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
        assertThat(soon.unmet().get(0).arguments()).containsExactly(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 2,
                3);
        assertEligible(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, fighterYear(2020), fighterYear(2021),
                titled, fighterYear(2023, initiative(RecognitionLevel.PROVINCIAL, 2023)), fighterYear(2024),
                year(2025, RatingLevel.EXCELLENT)));
    }

    @Test
    void aSchemeAskingForFourGrassrootsTitlesRefusesThree() {
        // DOMAIN-annual.md §5: the chain is a scheme setting with the law's 3 as default.
        EmulationRules fourYears = new EmulationRules(EmulationMother.scheme(4,
                EmulationThresholds.defaults().advancedCollectiveShare(), true));
        PersonYear[] history = {fighterYear(2023), fighterYear(2024, initiative(RecognitionLevel.PROVINCIAL, 2024)),
                year(2025, RatingLevel.EXCELLENT)};
        TitleEligibility three = fourYears.forPerson(List.of(history), 2025,
                EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
        assertRefusedFor(three, ARTICLE_22, EmulationReasonCode.CONSECUTIVE_TITLES);
        assertThat(three.unmet().get(0).arguments()).containsExactly(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 3,
                4);
        assertEligible(check(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 2025, history));
    }

    /** Two provincial titles three years apart, six unbroken grassroots titles, a national initiative among them. */
    private static List<PersonYear> nationalCandidate(RecognitionLevel initiativeLevel) {
        List<PersonYear> history = new ArrayList<>();
        history.add(fighterYear(2020));
        history.add(fighterYear(2021, initiative(RecognitionLevel.PROVINCIAL, 2021)));
        history.add(past(2022, RatingLevel.EXCELLENT, Set.of(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)));
        history.add(fighterYear(2023, initiative(initiativeLevel, 2023)));
        history.add(fighterYear(2024));
        history.add(year(2025, RatingLevel.EXCELLENT));
        return history;
    }

    @Test
    void nationalFighterAfterTwoConsecutiveProvincialTitlesWithANationalInitiative() {
        assertEligible(LAW.forPerson(nationalCandidate(RecognitionLevel.NATIONAL), 2025,
                EmulationTitle.NATIONAL_EMULATION_FIGHTER));
    }

    @Test
    void aYearImportedWithOnlyItsProvincialTitleIsAGrassrootsYearToo() {
        List<PersonYear> history = new ArrayList<>(nationalCandidate(RecognitionLevel.NATIONAL));
        history.set(2, past(2022, RatingLevel.EXCELLENT, Set.of(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)));
        assertEligible(LAW.forPerson(history, 2025, EmulationTitle.NATIONAL_EMULATION_FIGHTER));
    }

    @Test
    void nationalFighterRefusedWithOnlyAProvincialInitiative() {
        assertRefusedFor(LAW.forPerson(nationalCandidate(RecognitionLevel.PROVINCIAL), 2025,
                EmulationTitle.NATIONAL_EMULATION_FIGHTER), ARTICLE_21, EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    @Test
    void nationalFighterRefusedWithOneProvincialTitle() {
        List<PersonYear> history = new ArrayList<>(nationalCandidate(RecognitionLevel.NATIONAL));
        history.set(2, fighterYear(2022));
        TitleEligibility one = LAW.forPerson(history, 2025, EmulationTitle.NATIONAL_EMULATION_FIGHTER);
        assertRefusedFor(one, ARTICLE_21, EmulationReasonCode.CONSECUTIVE_TITLES);
        assertThat(one.unmet().get(0).arguments()).containsExactly(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, 1,
                2);
    }

    @Test
    void nationalFighterRefusedWhenTheGrassrootsRunBrokeBetweenTheProvincialTitles() {
        List<PersonYear> history = new ArrayList<>(nationalCandidate(RecognitionLevel.NATIONAL));
        history.set(0, past(2020, RatingLevel.GOOD, ADVANCED_ONLY));
        assertRefusedFor(LAW.forPerson(history, 2025, EmulationTitle.NATIONAL_EMULATION_FIGHTER), ARTICLE_21,
                EmulationReasonCode.CONSECUTIVE_TITLES);
    }

    @Test
    void provincialMeritAfterTwoExcellentYearsWithTwoInitiatives() {
        assertEligible(check(EmulationTitle.PROVINCIAL_MERIT, 2025,
                past(2024, RatingLevel.EXCELLENT, ADVANCED_ONLY, initiative(RecognitionLevel.GRASSROOTS, 2024)),
                year(2025, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, 2025))));
    }

    @Test
    void provincialMeritRefusedAfterOneExcellentYear() {
        TitleEligibility one = check(EmulationTitle.PROVINCIAL_MERIT, 2025,
                past(2024, RatingLevel.GOOD, ADVANCED_ONLY, initiative(RecognitionLevel.GRASSROOTS, 2024)),
                year(2025, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, 2025)));
        assertRefusedFor(one, ARTICLE_74, EmulationReasonCode.CONSECUTIVE_LEVELS);
        assertThat(one.unmet().get(0).arguments()).containsExactly(RatingLevel.EXCELLENT, 1, 2);
    }

    @Test
    void provincialMeritRefusedWithOneInitiative() {
        TitleEligibility one = check(EmulationTitle.PROVINCIAL_MERIT, 2025,
                past(2023, RatingLevel.EXCELLENT, ADVANCED_ONLY, initiative(RecognitionLevel.GRASSROOTS, 2023)),
                past(2024, RatingLevel.EXCELLENT, ADVANCED_ONLY),
                year(2025, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, 2025)));
        assertRefusedFor(one, ARTICLE_74, EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
        assertThat(one.unmet().get(0).arguments()).containsExactly(RecognitionLevel.GRASSROOTS, 1L, 2, 2024, 2025);
    }

    @Test
    void provincialMeritRunStartsAgainAfterTheMerit() {
        PersonYear merited = past(2024, RatingLevel.EXCELLENT,
                Set.of(EmulationTitle.ADVANCED_WORKER, EmulationTitle.PROVINCIAL_MERIT),
                initiative(RecognitionLevel.GRASSROOTS, 2024), initiative(RecognitionLevel.GRASSROOTS, 2024));
        assertRefusedFor(check(EmulationTitle.PROVINCIAL_MERIT, 2025, merited,
                year(2025, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, 2025),
                        initiative(RecognitionLevel.GRASSROOTS, 2025))),
                ARTICLE_74, EmulationReasonCode.CONSECUTIVE_LEVELS);
    }

    /** A Bằng khen tỉnh in 2019, then HTXS every year from 2020, an initiative a year. */
    private static List<PersonYear> primeMinisterCandidate(int excellentYears) {
        List<PersonYear> history = new ArrayList<>();
        history.add(past(2019, RatingLevel.EXCELLENT, Set.of(EmulationTitle.PROVINCIAL_MERIT)));
        for (int year = 2020; year < 2020 + excellentYears - 1; year++) {
            history.add(past(year, RatingLevel.EXCELLENT, ADVANCED_ONLY, initiative(RecognitionLevel.GRASSROOTS,
                    year)));
        }
        int current = 2020 + excellentYears - 1;
        history.add(year(current, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, current)));
        return history;
    }

    @Test
    void primeMinisterMeritAfterAProvincialMeritAndFiveExcellentYearsWithFiveInitiatives() {
        assertEligible(LAW.forPerson(primeMinisterCandidate(5), 2024, EmulationTitle.PRIME_MINISTER_MERIT));
    }

    @Test
    void primeMinisterMeritRefusedAfterFourExcellentYears() {
        TitleEligibility four = LAW.forPerson(primeMinisterCandidate(4), 2023, EmulationTitle.PRIME_MINISTER_MERIT);
        assertRefusedFor(four, ARTICLE_71, EmulationReasonCode.CONSECUTIVE_LEVELS,
                EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    @Test
    void primeMinisterMeritRefusedWithoutAnEarlierProvincialMerit() {
        List<PersonYear> history = new ArrayList<>(primeMinisterCandidate(5));
        history.set(0, past(2019, RatingLevel.EXCELLENT, ADVANCED_ONLY));
        TitleEligibility refused = LAW.forPerson(history, 2024, EmulationTitle.PRIME_MINISTER_MERIT);
        assertRefusedFor(refused, ARTICLE_71, EmulationReasonCode.EARLIER_REWARD);
    }

    @Test
    void primeMinisterMeritRefusedWithFourInitiatives() {
        List<PersonYear> history = new ArrayList<>(primeMinisterCandidate(5));
        history.set(1, past(2020, RatingLevel.EXCELLENT, ADVANCED_ONLY));
        assertRefusedFor(LAW.forPerson(history, 2024, EmulationTitle.PRIME_MINISTER_MERIT), ARTICLE_71,
                EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL);
    }

    @Test
    void aLaterProvincialMeritDoesNotRestartThePrimeMinistersRun() {
        // Điều 71: "đã được tặng Bằng khen ..., 05 năm tiếp theo": the years follow the first merit; a second
        // merit earned during them is a reward, not a break.
        List<PersonYear> history = new ArrayList<>(primeMinisterCandidate(5));
        history.set(2, past(2021, RatingLevel.EXCELLENT,
                Set.of(EmulationTitle.ADVANCED_WORKER, EmulationTitle.PROVINCIAL_MERIT),
                initiative(RecognitionLevel.GRASSROOTS, 2021)));
        assertEligible(LAW.forPerson(history, 2024, EmulationTitle.PRIME_MINISTER_MERIT));
    }

    @Test
    void aProvincialMeritAlreadyCountedForAPrimeMinistersMeritCountsNoMore() {
        // Điều 71: the five years follow a Bằng khen tỉnh "đã được tặng"; the one that led to the last Bằng khen Thủ
        // tướng is spent, so five more HTXS years with five initiatives need a new Bằng khen tỉnh first.
        List<PersonYear> history = new ArrayList<>();
        history.add(past(2013, RatingLevel.EXCELLENT, Set.of(EmulationTitle.PROVINCIAL_MERIT)));
        history.add(past(2018, RatingLevel.EXCELLENT, Set.of(EmulationTitle.PRIME_MINISTER_MERIT)));
        for (int year = 2019; year < 2023; year++) {
            history.add(past(year, RatingLevel.EXCELLENT, ADVANCED_ONLY, initiative(RecognitionLevel.GRASSROOTS,
                    year)));
        }
        history.add(year(2023, RatingLevel.EXCELLENT, initiative(RecognitionLevel.GRASSROOTS, 2023)));
        assertRefusedFor(LAW.forPerson(history, 2023, EmulationTitle.PRIME_MINISTER_MERIT), ARTICLE_71,
                EmulationReasonCode.EARLIER_REWARD);
    }

    @Test
    void certificateOfMeritAfterTwoConsecutiveGoodYears() {
        assertEligible(check(EmulationTitle.CERTIFICATE_OF_MERIT, 2025, past(2024, RatingLevel.GOOD, ADVANCED_ONLY),
                year(2025, RatingLevel.GOOD)));
    }

    @Test
    void certificateOfMeritRefusedAfterOneGoodYear() {
        TitleEligibility one = check(EmulationTitle.CERTIFICATE_OF_MERIT, 2025,
                past(2024, RatingLevel.COMPLETED, Set.of()), year(2025, RatingLevel.EXCELLENT));
        assertRefusedFor(one, ARTICLE_75, EmulationReasonCode.CONSECUTIVE_LEVELS);
        assertThat(one.unmet().get(0).arguments()).containsExactly(RatingLevel.GOOD, 1, 2);
    }
}
