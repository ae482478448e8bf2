package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;
import static vn.danhgia.rules.emulation.EmulationMother.assertEligible;
import static vn.danhgia.rules.emulation.EmulationMother.assertRefusedFor;
import static vn.danhgia.rules.emulation.EmulationMother.members;
import static vn.danhgia.rules.emulation.EmulationMother.withDiscipline;
import static vn.danhgia.rules.emulation.EmulationMother.withOpenComplaint;
import static vn.danhgia.rules.emulation.EmulationMother.withRegistration;
import static vn.danhgia.rules.emulation.EmulationMother.year;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * What blocks every title, each with its reason: no registration at the start of the year (seed 003 §III.1), a late
 * one while the scheme says so, a discipline in the year (DOMAIN-annual.md §4, LĐTT exclusions) and an unanswered
 * complaint about the year's rating.
 */
class EmulationGatesTests {

    private static final String SEED_REGISTRATION = "Seed 003 §III.1";

    private final PersonYear excellent = year(2025, RatingLevel.EXCELLENT);

    private static TitleEligibility fighter(EmulationRules rules, PersonYear year) {
        return rules.forPerson(List.of(year), year.year(), EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
    }

    private static TitleEligibility advancedWorker(EmulationRules rules, PersonYear year) {
        return rules.forPerson(List.of(year), year.year(), EmulationTitle.ADVANCED_WORKER);
    }

    @Test
    void aMissingRegistrationBlocksEveryIndividualTitleWithItsReason() {
        List<TitleEligibility> all = LAW.forPerson(List.of(withRegistration(excellent, Registration.MISSING)), 2025);
        assertThat(all).hasSize(7).allSatisfy(eligibility -> {
            assertThat(eligibility.eligible()).isFalse();
            assertThat(eligibility.unmet()).extracting(EmulationReason::code)
                    .contains(EmulationReasonCode.REGISTERED);
        });
        TitleEligibility advanced = all.get(0);
        assertThat(advanced.title()).isEqualTo(EmulationTitle.ADVANCED_WORKER);
        assertRefusedFor(advanced, SEED_REGISTRATION, EmulationReasonCode.REGISTERED);
        assertThat(advanced.unmet().get(0).messageKey()).isEqualTo("emulation.reason.REGISTERED.unmet");
    }

    @Test
    void aPersonNotInTheHistoryHasNoRegistration() {
        TitleEligibility nobody = LAW.forPerson(List.of(), 2025, EmulationTitle.ADVANCED_WORKER);
        assertThat(nobody.unmet()).extracting(EmulationReason::code).contains(EmulationReasonCode.REGISTERED,
                EmulationReasonCode.YEAR_RATED);
    }

    @Test
    void aLateRegistrationBlocksByDefault() {
        PersonYear late = withRegistration(excellent, Registration.LATE);
        assertRefusedFor(advancedWorker(LAW, late), SEED_REGISTRATION, EmulationReasonCode.REGISTERED_ON_TIME);
        // The fighter rests on this year's Lao động tiên tiến, which the late registration blocks as well.
        assertThat(fighter(LAW, late).unmet()).extracting(EmulationReason::code).containsExactlyInAnyOrder(
                EmulationReasonCode.REGISTERED_ON_TIME, EmulationReasonCode.ADVANCED_WORKER_THIS_YEAR);
    }

    @Test
    void aLateRegistrationDoesNotBlockWhenTheSchemeSaysSo() {
        EmulationRules lenient = new EmulationRules(EmulationMother.lateRegistrationAllowed());
        assertEligible(fighter(lenient, withRegistration(excellent, Registration.LATE)));
        assertRefusedFor(advancedWorker(lenient, withRegistration(excellent, Registration.MISSING)),
                SEED_REGISTRATION, EmulationReasonCode.REGISTERED);
    }

    @Test
    void anyDisciplineInTheYearBlocksWithItsForm() {
        TitleEligibility reprimanded = fighter(LAW, withDiscipline(excellent, DisciplineForm.REPRIMAND));
        assertRefusedFor(reprimanded, "Luật TĐKT 2022 Điều 23", EmulationReasonCode.NOT_DISCIPLINED,
                EmulationReasonCode.ADVANCED_WORKER_THIS_YEAR);
        assertThat(reprimanded.unmet().get(0).arguments()).containsExactly(DisciplineForm.REPRIMAND);
        assertRefusedFor(LAW.forPerson(List.of(withDiscipline(excellent, DisciplineForm.REPRIMAND)), 2025,
                EmulationTitle.ADVANCED_WORKER), "Luật TĐKT 2022 Điều 24", EmulationReasonCode.NOT_DISCIPLINED);
    }

    @Test
    void anOpenComplaintBlocksUntilAnswered() {
        assertRefusedFor(LAW.forPerson(List.of(withOpenComplaint(excellent)), 2025, EmulationTitle.ADVANCED_WORKER),
                "Luật TĐKT 2022 Điều 24", EmulationReasonCode.NO_OPEN_COMPLAINT);
        assertEligible(LAW.forPerson(List.of(excellent), 2025, EmulationTitle.ADVANCED_WORKER));
    }

    @Test
    void aCollectiveWithoutRegistrationOrWithAnOpenComplaintIsRefused() {
        CollectiveYear unregistered = new CollectiveYear(2025, RatingLevel.GOOD, Registration.MISSING, false,
                Set.of(), members(10, 6));
        assertRefusedFor(EmulationMother.collectiveTitle(LAW, unregistered, EmulationTitle.ADVANCED_COLLECTIVE),
                SEED_REGISTRATION, EmulationReasonCode.REGISTERED);
        CollectiveYear complained = new CollectiveYear(2025, RatingLevel.GOOD, Registration.ON_TIME, true, Set.of(),
                members(10, 6));
        assertRefusedFor(EmulationMother.collectiveTitle(LAW, complained, EmulationTitle.ADVANCED_COLLECTIVE),
                "Luật TĐKT 2022 Điều 28", EmulationReasonCode.NO_OPEN_COMPLAINT);
    }

    @Test
    void theTitleFollowsTheAchievementNotTheRegisteredTarget() {
        // Seed 003 §III.1: every title is checked, whatever the person aimed at when registering.
        List<TitleEligibility> all = LAW.forPerson(List.of(excellent), 2025);
        assertThat(all).extracting(TitleEligibility::title).containsExactly(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER,
                EmulationTitle.NATIONAL_EMULATION_FIGHTER, EmulationTitle.CERTIFICATE_OF_MERIT,
                EmulationTitle.PROVINCIAL_MERIT, EmulationTitle.PRIME_MINISTER_MERIT);
    }
}
