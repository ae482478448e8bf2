package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;
import static vn.danhgia.rules.emulation.EmulationMother.assertEligible;
import static vn.danhgia.rules.emulation.EmulationMother.assertRefusedFor;
import static vn.danhgia.rules.emulation.EmulationMother.collective;
import static vn.danhgia.rules.emulation.EmulationMother.collectiveTitle;
import static vn.danhgia.rules.emulation.EmulationMother.member;
import static vn.danhgia.rules.emulation.EmulationMother.members;
import static vn.danhgia.rules.emulation.EmulationMother.replacingFirst;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * Tập thể lao động tiên tiến (Luật TĐKT 2022 Điều 28: "trên 50 %" of members Lao động tiên tiến) and Tập thể lao
 * động xuất sắc (Điều 27: "100 %" completing their tasks, "từ 70 %" Lao động tiên tiến, a Chiến sĩ thi đua cơ sở),
 * neither with a member disciplined "từ cảnh cáo trở lên".
 */
class CollectiveTitleRulesTests {

    private static final String ARTICLE_28 = "Luật TĐKT 2022 Điều 28";
    private static final String ARTICLE_27 = "Luật TĐKT 2022 Điều 27";

    private static TitleEligibility advanced(RatingLevel level, List<CollectiveYear.Member> members) {
        return collectiveTitle(LAW, collective(level, members), EmulationTitle.ADVANCED_COLLECTIVE);
    }

    private static TitleEligibility excellent(List<CollectiveYear.Member> members) {
        return collectiveTitle(LAW, collective(RatingLevel.EXCELLENT, members), EmulationTitle.EXCELLENT_COLLECTIVE);
    }

    /** Ten members, all at least GOOD, {@code advanced} of them Lao động tiên tiến, the first a grassroots fighter. */
    private static List<CollectiveYear.Member> excellentTeam(int advanced) {
        return replacingFirst(members(10, advanced), member(RatingLevel.EXCELLENT, null, true, true));
    }

    @Test
    void halfTheMembersAdvancedIsNotEnough() {
        TitleEligibility half = advanced(RatingLevel.GOOD, members(100, 50));
        assertRefusedFor(half, ARTICLE_28, EmulationReasonCode.MEMBERS_ADVANCED_SHARE);
        assertThat(half.unmet().get(0).arguments()).containsExactly(50, 100, 50, true);
        assertRefusedFor(advanced(RatingLevel.GOOD, members(10, 5)), ARTICLE_28,
                EmulationReasonCode.MEMBERS_ADVANCED_SHARE);
    }

    @Test
    void fiftyOnePercentAdvancedIsEnough() {
        assertEligible(advanced(RatingLevel.GOOD, members(100, 51)));
        assertEligible(advanced(RatingLevel.GOOD, members(10, 6)));
    }

    @Test
    void aSchemeReadingTheShareAsAtLeastAcceptsExactlyHalf() {
        // DOMAIN-annual.md §5.6: the share of Tập thể lao động tiên tiến is a scheme setting.
        EmulationRules atLeastHalf = new EmulationRules(EmulationMother.scheme(3, MinimumShare.atLeast(50), true));
        assertEligible(collectiveTitle(atLeastHalf, collective(RatingLevel.GOOD, members(10, 5)),
                EmulationTitle.ADVANCED_COLLECTIVE));
        assertRefusedFor(collectiveTitle(atLeastHalf, collective(RatingLevel.GOOD, members(10, 4)),
                EmulationTitle.ADVANCED_COLLECTIVE), ARTICLE_28, EmulationReasonCode.MEMBERS_ADVANCED_SHARE);
    }

    @Test
    void anAdvancedCollectiveCompletesItsTasksWell() {
        assertRefusedFor(advanced(RatingLevel.COMPLETED, members(10, 6)), ARTICLE_28,
                EmulationReasonCode.LEVEL_AT_LEAST);
    }

    @Test
    void aCollectiveWithoutMembersIsNoAdvancedCollective() {
        assertRefusedFor(advanced(RatingLevel.GOOD, List.of()), ARTICLE_28,
                EmulationReasonCode.MEMBERS_ADVANCED_SHARE);
    }

    @Test
    void seventyPercentAdvancedMakesAnExcellentCollective() {
        assertEligible(excellent(excellentTeam(7)));
    }

    @Test
    void sixtyNinePercentAdvancedDoesNot() {
        TitleEligibility below = excellent(replacingFirst(members(100, 69),
                member(RatingLevel.EXCELLENT, null, true, true)));
        assertRefusedFor(below, ARTICLE_27, EmulationReasonCode.MEMBERS_ADVANCED_SHARE);
        assertThat(below.unmet().get(0).arguments()).containsExactly(69, 100, 70, false);
    }

    @Test
    void everyMemberMustCompleteTheirTasks() {
        List<CollectiveYear.Member> team = excellentTeam(9);
        team.set(9, member(RatingLevel.NOT_COMPLETED, null, false, false));
        TitleEligibility refused = excellent(team);
        assertRefusedFor(refused, ARTICLE_27, EmulationReasonCode.MEMBERS_ALL_COMPLETED);
        assertThat(refused.unmet().get(0).arguments()).containsExactly(9L, 10);
    }

    @Test
    void aMemberNotYetRatedIsNotCompletedYet() {
        List<CollectiveYear.Member> team = excellentTeam(9);
        team.set(9, member(null, null, false, false));
        assertRefusedFor(excellent(team), ARTICLE_27, EmulationReasonCode.MEMBERS_ALL_COMPLETED);
    }

    @Test
    void anExcellentCollectiveHasAGrassrootsFighter() {
        TitleEligibility refused = excellent(replacingFirst(members(10, 8), member(RatingLevel.EXCELLENT, null, true,
                false)));
        assertRefusedFor(refused, ARTICLE_27, EmulationReasonCode.MEMBER_GRASSROOTS_FIGHTER);
    }

    @Test
    void anExcellentCollectiveIsRatedExcellent() {
        assertRefusedFor(collectiveTitle(LAW, collective(RatingLevel.GOOD, excellentTeam(8)),
                EmulationTitle.EXCELLENT_COLLECTIVE), ARTICLE_27, EmulationReasonCode.LEVEL_AT_LEAST);
    }

    @Test
    void aReprimandedMemberDoesNotBlockTheCollective() {
        List<CollectiveYear.Member> team = excellentTeam(8);
        team.set(9, member(RatingLevel.COMPLETED, DisciplineForm.REPRIMAND, false, false));
        assertEligible(excellent(team));
        assertEligible(advanced(RatingLevel.GOOD, team));
    }

    @Test
    void aWarnedMemberBlocksBothCollectiveTitles() {
        List<CollectiveYear.Member> team = excellentTeam(8);
        team.set(9, member(RatingLevel.COMPLETED, DisciplineForm.WARNING, false, false));
        TitleEligibility excellentRefused = excellent(team);
        assertRefusedFor(excellentRefused, ARTICLE_27, EmulationReasonCode.NO_MEMBER_DISCIPLINED);
        assertThat(excellentRefused.unmet().get(0).arguments()).containsExactly(1L, DisciplineForm.WARNING);
        assertRefusedFor(advanced(RatingLevel.GOOD, team), ARTICLE_28, EmulationReasonCode.NO_MEMBER_DISCIPLINED);
    }

    @Test
    void aHeavierDisciplineBlocksToo() {
        List<CollectiveYear.Member> team = excellentTeam(8);
        team.set(9, member(RatingLevel.COMPLETED, DisciplineForm.DEMOTION, false, false));
        assertRefusedFor(advanced(RatingLevel.GOOD, team), ARTICLE_28, EmulationReasonCode.NO_MEMBER_DISCIPLINED);
    }
}
