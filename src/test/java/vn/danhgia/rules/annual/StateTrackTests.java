package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.TaskConditions;

/** Công chức (NĐ 90/2020 + 48/2023 until 2025, NĐ 335/2025 from 2026) and viên chức (NĐ 90) — DOMAIN-annual §3. */
class StateTrackTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    private AnnualSuggestion suggest(AnnualCase annualCase) {
        return engine.suggest(annualCase, AnnualLegalBasis.forYear(annualCase.year(), annualCase.track()));
    }

    @ParameterizedTest(name = "NĐ 335: {0} points → {1}")
    @CsvSource({"90, EXCELLENT", "89.99, GOOD", "70, GOOD", "69.99, COMPLETED", "50, COMPLETED",
            "49.99, NOT_COMPLETED"})
    void civilServantBandsUnderDecree335(String points, RatingLevel level) {
        // NĐ 335/2025: HTXS ≥ 90; HTT 70 – < 90; HT 50 – < 70; KHT < 50 (30 general + 70 result points).
        AnnualSuggestion suggestion = suggest(AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2026).points(points)
                .build());
        assertThat(suggestion.level()).isEqualTo(level);
        assertThat(suggestion.reasons()).allMatch(reason -> reason.source() == RuleSource.ND_335_2025);
    }

    @Test
    void sameCivilServantRatesDifferentlyIn2025And2026() {
        // 95 points, every task done on time, 40 % beyond requirement: NĐ 90 (until 2025) asks ≥ 50 % beyond for
        // HTXS and has no points; NĐ 335 (from 2026) reads the points, whose result part already carries the tasks.
        AnnualCase.Builder facts = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2025).points("95")
                .tasks(new TaskConditions(10, 10, 4, 0, 0));
        assertThat(suggest(facts.build()).level()).isEqualTo(RatingLevel.GOOD);
        AnnualCase in2026 = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2026).points("95")
                .tasks(new TaskConditions(10, 10, 4, 0, 0)).build();
        assertThat(suggest(in2026).level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void vetoesStillApplyUnderDecree335() {
        // NĐ 335: KHT when disciplined (khiển trách+) in the year, or degradation, or (leaders) corruption.
        AnnualCase disciplined = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2026).points("99")
                .misconduct(AnnualCase.Misconduct.disciplined(DisciplineForm.REPRIMAND)).build();
        AnnualSuggestion suggestion = suggest(disciplined);
        assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(suggestion.limitingReasons()).extracting(RatingReason::code).containsExactly("annual-disciplined");
    }

    @ParameterizedTest(name = "NĐ 90: {0}/10000 beyond → {1}")
    @CsvSource({"5000, EXCELLENT", "4999, GOOD", "10000, EXCELLENT", "0, GOOD"})
    void publicEmployeeExcellentNeedsHalfBeyondRequirement(int beyond, RatingLevel level) {
        // NĐ 90/2020 (viên chức): HTXS needs 100 % of tasks done and at least 50 % beyond requirement.
        AnnualCase annualCase = AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10000, 10000, beyond, 0, 0)).build();
        assertThat(suggest(annualCase).level()).isEqualTo(level);
    }

    @Test
    void publicEmployeeBehindScheduleAndUndone() {
        // NĐ 90: HTT all on time with quality; HT ≤ 20 % behind schedule; otherwise KHT.
        assertThat(suggest(AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10, 10, 6, 2, 0)).build()).level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggest(AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10, 10, 6, 3, 0)).build()).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(suggest(AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10, 9, 6, 0, 0)).build()).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "{0} units, {1} COMPLETED+, {2} GOOD+ → {3}")
    @CsvSource({"10, 10, 7, EXCELLENT", "10, 10, 6, COMPLETED", "10, 9, 9, COMPLETED", "3, 3, 3, EXCELLENT"})
    void managerNeedsManagedUnitsCompletedAndSeventyPercentGood(int units, int completed, int good,
                                                                RatingLevel level) {
        // NĐ 90/2020 (viên chức quản lý): HTXS/HTT need 100 % of managed units HT+ and ≥ 70 % HTT+.
        AnnualCase manager = AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10, 10, 5, 0, 0))
                .leadership(AnnualCase.Leadership.ofManagedUnits(new AnnualCase.ManagedUnits(units, completed, good)))
                .build();
        assertThat(suggest(manager).level()).isEqualTo(level);
    }

    @Test
    void civilServantLeaderUnderDecree90AnswersForTheUnitAndTheManagedUnits() {
        // NĐ 90/2020 (công chức lãnh đạo, until 2025): the led unit meets the level's conditions (≥ 50 % beyond for
        // HTXS) and the units under direct management are all HT+, ≥ 70 % HTT+.
        AnnualCase.Builder leader = AnnualCase.builder(SubjectTrack.CIVIL_SERVANT, 2025)
                .tasks(new TaskConditions(10, 10, 5, 0, 0));
        AnnualCase good = leader.leadership(new AnnualCase.Leadership(new TaskConditions(10, 10, 5, 0, 0),
                new AnnualCase.ManagedUnits(4, 4, 3))).build();
        assertThat(suggest(good).level()).isEqualTo(RatingLevel.EXCELLENT);
        AnnualCase unitShort = leader.leadership(new AnnualCase.Leadership(new TaskConditions(10, 10, 4, 0, 0),
                new AnnualCase.ManagedUnits(4, 4, 3))).build();
        assertThat(suggest(unitShort).level()).isEqualTo(RatingLevel.GOOD);
        AnnualCase unitsShort = leader.leadership(new AnnualCase.Leadership(new TaskConditions(10, 10, 5, 0, 0),
                new AnnualCase.ManagedUnits(4, 4, 2))).build();
        AnnualSuggestion suggestion = suggest(unitsShort);
        assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggestion.limitingReasons()).extracting(RatingReason::code).containsExactly("annual-managed-units");
    }

    @Test
    void managerWithUnknownUnitsIsNoMoreThanCompleted() {
        AnnualCase manager = AnnualCase.builder(SubjectTrack.PUBLIC_EMPLOYEE, 2026)
                .tasks(new TaskConditions(10, 10, 5, 0, 0)).leadership(new AnnualCase.Leadership(null, null)).build();
        AnnualSuggestion suggestion = suggest(manager);
        assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(suggestion.hasReason("annual-managed-units-unknown")).isTrue();
    }
}
