package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/** Years, members and thresholds for the emulation rules' tests. */
final class EmulationMother {

    static final EmulationRules LAW = new EmulationRules(EmulationThresholds.defaults());

    private EmulationMother() {
    }

    /** A full year worked, registered on time, nothing against the person, nothing awarded yet. */
    static PersonYear year(int year, RatingLevel level, Achievement... achievements) {
        return new PersonYear(year, level, Registration.ON_TIME, null, false, Set.of(), List.of(achievements), 12, 0);
    }

    /** An earlier year as an import records it: the level, the titles awarded and the achievements. */
    static PersonYear past(int year, RatingLevel level, Set<EmulationTitle> awarded, Achievement... achievements) {
        return PersonYear.past(year, level, awarded, List.of(achievements));
    }

    /** An earlier year in which the person was Chiến sĩ thi đua cơ sở (and so Lao động tiên tiến). */
    static PersonYear fighterYear(int year, Achievement... achievements) {
        return past(year, RatingLevel.EXCELLENT, Set.of(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER), achievements);
    }

    static Achievement initiative(RecognitionLevel level, int year) {
        return new Achievement(AchievementKind.INITIATIVE, level, year);
    }

    static PersonYear withRegistration(PersonYear year, Registration registration) {
        return new PersonYear(year.year(), year.level(), registration, year.discipline(), year.complaintOpen(),
                year.awarded(), year.achievements(), year.monthsWorked(), year.workingDaysOff());
    }

    static PersonYear withDiscipline(PersonYear year, DisciplineForm discipline) {
        return new PersonYear(year.year(), year.level(), year.registration(), discipline, year.complaintOpen(),
                year.awarded(), year.achievements(), year.monthsWorked(), year.workingDaysOff());
    }

    static PersonYear withOpenComplaint(PersonYear year) {
        return new PersonYear(year.year(), year.level(), year.registration(), year.discipline(), true,
                year.awarded(), year.achievements(), year.monthsWorked(), year.workingDaysOff());
    }

    static PersonYear withTime(PersonYear year, Integer monthsWorked, Integer workingDaysOff) {
        return new PersonYear(year.year(), year.level(), year.registration(), year.discipline(), year.complaintOpen(),
                year.awarded(), year.achievements(), monthsWorked, workingDaysOff);
    }

    static PersonYear withAwarded(PersonYear year, Set<EmulationTitle> awarded) {
        return new PersonYear(year.year(), year.level(), year.registration(), year.discipline(), year.complaintOpen(),
                awarded, year.achievements(), year.monthsWorked(), year.workingDaysOff());
    }

    /** {@code advanced} members who are Lao động tiên tiến and rated GOOD, the rest rated COMPLETED. */
    static List<CollectiveYear.Member> members(int total, int advanced) {
        List<CollectiveYear.Member> members = new ArrayList<>();
        for (int index = 0; index < total; index++) {
            members.add(index < advanced ? member(RatingLevel.GOOD, null, true, false)
                    : member(RatingLevel.COMPLETED, null, false, false));
        }
        return members;
    }

    static CollectiveYear.Member member(RatingLevel level, DisciplineForm discipline, boolean advancedWorker,
            boolean grassrootsFighter) {
        return new CollectiveYear.Member(level, discipline, advancedWorker, grassrootsFighter);
    }

    /** The members with the first one replaced. */
    static List<CollectiveYear.Member> replacingFirst(List<CollectiveYear.Member> members,
            CollectiveYear.Member first) {
        List<CollectiveYear.Member> changed = new ArrayList<>(members);
        changed.set(0, first);
        return changed;
    }

    static List<CollectiveYear.Member> shuffled(List<CollectiveYear.Member> members, java.util.Random random) {
        List<CollectiveYear.Member> changed = new ArrayList<>(members);
        Collections.shuffle(changed, random);
        return changed;
    }

    static CollectiveYear collective(RatingLevel level, List<CollectiveYear.Member> members) {
        return new CollectiveYear(2025, level, Registration.ON_TIME, false, Set.of(), members);
    }

    static TitleEligibility collectiveTitle(EmulationRules rules, CollectiveYear year, EmulationTitle title) {
        return rules.forCollective(year).stream().filter(eligibility -> eligibility.title() == title).findFirst()
                .orElseThrow();
    }

    /** The law's thresholds with a late registration no longer blocking. */
    static EmulationThresholds lateRegistrationAllowed() {
        EmulationThresholds d = EmulationThresholds.defaults();
        return scheme(d.provincialFighterChain(), d.advancedCollectiveShare(), false);
    }

    /** The law's thresholds but a scheme's provincial chain, share of a Tập thể lao động tiên tiến and registration. */
    static EmulationThresholds scheme(int provincialFighterChain, MinimumShare advancedCollectiveShare,
            boolean lateRegistrationBlocks) {
        EmulationThresholds d = EmulationThresholds.defaults();
        return new EmulationThresholds(d.advancedWorkerMinLevel(), d.minMonthsWorked(), d.maxWorkingDaysOff(),
                d.fighterShareOfAdvanced(), d.fighterShareRounding(), provincialFighterChain,
                d.nationalFighterChain(), d.certificateGoodYears(), d.provincialMeritExcellentYears(),
                d.provincialMeritInitiatives(), d.primeMinisterMeritExcellentYears(),
                d.primeMinisterMeritInitiatives(), advancedCollectiveShare, d.excellentCollectiveShare(),
                d.collectiveDisciplineBar(), lateRegistrationBlocks, d.titleVote(), d.fighterVote(),
                d.highFighterVote());
    }

    static void assertEligible(TitleEligibility eligibility) {
        assertThat(eligibility.unmet()).as("unmet conditions of %s", eligibility.title()).isEmpty();
        assertThat(eligibility.eligible()).isTrue();
    }

    /** Refused for exactly these conditions, each citing {@code source}. */
    static void assertRefusedFor(TitleEligibility eligibility, String source, EmulationReasonCode... codes) {
        assertThat(eligibility.eligible()).as("%s eligible", eligibility.title()).isFalse();
        assertThat(eligibility.unmet()).extracting(EmulationReason::code).containsExactlyInAnyOrder(codes);
        assertThat(eligibility.unmet()).extracting(EmulationReason::source).containsOnly(source);
    }
}
