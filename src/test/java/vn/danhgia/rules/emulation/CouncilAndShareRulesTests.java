package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;

import org.junit.jupiter.api.Test;

/**
 * The share limit of Chiến sĩ thi đua cơ sở (NĐ 98/2023: at most 15 % of those who are Lao động tiên tiến, rounded
 * down: "không quá") and the emulation council's vote (DOMAIN-annual.md §4 Procedure: 70 % for Chiến sĩ thi đua cơ sở
 * by practice, 90 % of all members for cấp tỉnh and toàn quốc, NĐ 91/2017 Điều 45.8; a majority otherwise).
 */
class CouncilAndShareRulesTests {

    @Test
    void fifteenPercentOfTheAdvancedWorkersRoundedDown() {
        assertThat(LAW.allowedGrassrootsFighters(0)).isZero();
        assertThat(LAW.allowedGrassrootsFighters(6)).isZero();
        assertThat(LAW.allowedGrassrootsFighters(7)).isEqualTo(1);
        assertThat(LAW.allowedGrassrootsFighters(13)).isEqualTo(1);
        assertThat(LAW.allowedGrassrootsFighters(14)).isEqualTo(2);
        assertThat(LAW.allowedGrassrootsFighters(20)).isEqualTo(3);
        assertThat(LAW.allowedGrassrootsFighters(100)).isEqualTo(15);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> LAW.allowedGrassrootsFighters(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGrassrootsFighterNeedsSeventyPercentOfTheCouncil() {
        assertThat(LAW.votePasses(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 7, 10)).isTrue();
        assertThat(LAW.votePasses(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 6, 10)).isFalse();
        assertThat(LAW.votePasses(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 69, 100)).isFalse();
        assertThat(LAW.votePasses(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, 70, 100)).isTrue();
    }

    @Test
    void provincialAndNationalFightersNeedNinetyPercentOfAllMembers() {
        for (EmulationTitle title : new EmulationTitle[] {EmulationTitle.PROVINCIAL_EMULATION_FIGHTER,
                EmulationTitle.NATIONAL_EMULATION_FIGHTER}) {
            assertThat(LAW.votePasses(title, 9, 10)).isTrue();
            assertThat(LAW.votePasses(title, 8, 10)).isFalse();
            assertThat(LAW.votePasses(title, 18, 20)).isTrue();
            assertThat(LAW.votePasses(title, 17, 20)).isFalse();
        }
    }

    @Test
    void otherTitlesNeedMoreThanHalf() {
        assertThat(LAW.votePasses(EmulationTitle.ADVANCED_WORKER, 6, 10)).isTrue();
        assertThat(LAW.votePasses(EmulationTitle.ADVANCED_WORKER, 5, 10)).isFalse();
        assertThat(LAW.votePasses(EmulationTitle.EXCELLENT_COLLECTIVE, 5, 10)).isFalse();
    }

    @Test
    void impossibleVotesAreRefused() {
        assertThatThrownBy(() -> LAW.votePasses(EmulationTitle.ADVANCED_WORKER, 11, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAW.votePasses(EmulationTitle.ADVANCED_WORKER, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LAW.votePasses(EmulationTitle.ADVANCED_WORKER, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
