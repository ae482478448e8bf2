package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.TodoList;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;

/** An administrator changes a scheme's settings; each test rolls back. */
@ApplicationModuleTest
@Tag("persistence")
@Transactional
class SchemeServiceTests {

    // SchemeAdministration, the settings page's service, needs the platform's audit trail and signed-in person, which
    // this module test does not start; these tests call SchemeService directly.
    @MockitoBean
    AuditTrail auditTrail;
    @MockitoBean
    CurrentActor currentActor;
    // The default period reads the platform's to-do list and clock, which this module test does not start either.
    @MockitoBean
    TodoList todoList;
    @MockitoBean
    Clock clock;

    private static final String AN_GIANG = "AG-02-HD-TU-2026";

    // Seed 002 principle 2.5: a cadre whose main work is party building puts the weight on Trục 4.
    private static final Map<Integer, BigDecimal> PARTY_BUILDING_FIRST = Map.of(1, new BigDecimal("15"),
            2, new BigDecimal("10"), 3, new BigDecimal("5"), 4, new BigDecimal("30"), 5, new BigDecimal("5"),
            6, new BigDecimal("5"));

    @Autowired
    SchemeService schemes;

    @Autowired
    SchemeCatalog catalog;

    @Test
    void listShowsBothShippedSchemesAndWhichIsDefault() {
        assertThat(schemes.list()).extracting(details -> details.scheme().code(), SchemeDetails::defaultScheme)
                .containsExactly(tuple(AN_GIANG, true),
                        tuple("NB-VP-UBND-2026", false));
    }

    @Test
    void changedWeightsThresholdsAndDeadlinesReachTheCatalog() {
        SchemeDetails before = anGiang();
        RatingRules stricter = new RatingRules(RatingMethod.BANDS_AND_CONDITIONS, new BigDecimal("92.5"),
                new BigDecimal("75"), new BigDecimal("50"), new BigDecimal("0.30"), new BigDecimal("0.20"),
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.70"), new BigDecimal("0.15"), 5,
                QuotaBase.FINALLY_GOOD);
        List<Deadline> withAppraisal = List.of(
                new Deadline(DeadlineStep.PLAN, DeadlineMonth.PREVIOUS_QUARTER_LAST_MONTH, 25, true),
                new Deadline(DeadlineStep.SELF_ASSESSMENT, DeadlineMonth.QUARTER_LAST_MONTH, 20, false),
                new Deadline(DeadlineStep.APPRAISAL, DeadlineMonth.QUARTER_LAST_MONTH, 25, false),
                new Deadline(DeadlineStep.REPORT, DeadlineMonth.QUARTER_LAST_MONTH, 30, false),
                new Deadline(DeadlineStep.REPORT_UPWARD, DeadlineMonth.NEXT_QUARTER_FIRST_MONTH, 5, false));

        SchemeDetails after = schemes.updateSettings(AN_GIANG,
                new SchemeSettings(before.version(), stricter, PARTY_BUILDING_FIRST, withAppraisal, 15, false));

        assertThat(after.version()).isGreaterThan(before.version());
        EvaluationSchemeView read = catalog.byCode(AN_GIANG).orElseThrow();
        assertThat(read.ratingRules()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(stricter);
        assertThat(read.axes()).extracting(AxisDefinition::defaultMaxPoints).containsExactly(new BigDecimal("15"),
                new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("30"), new BigDecimal("5"),
                new BigDecimal("5"));
        assertThat(read.axes().get(3).title()).startsWith("Việc xây dựng đảng và hệ thống chính trị");
        assertThat(read.deadlines()).isEqualTo(withAppraisal);
        assertThat(read.criteria()).hasSize(17);
    }

    @Test
    void weightsTotallingSeventyFiveAreRefusedAndNothingChanges() {
        SchemeDetails before = anGiang();
        Map<Integer, BigDecimal> seventyFive = Map.of(1, new BigDecimal("30"), 2, new BigDecimal("15"),
                3, new BigDecimal("10"), 4, new BigDecimal("5"), 5, new BigDecimal("5"), 6, new BigDecimal("10"));
        RatingRules otherThresholds = new RatingRules(RatingMethod.CONDITIONS_ONLY, new BigDecimal("95"),
                new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("0.50"), new BigDecimal("0.10"),
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.80"), new BigDecimal("0.10"), 4,
                QuotaBase.FINALLY_GOOD);
        SchemeSettings settings = new SchemeSettings(before.version(), otherThresholds, seventyFive, List.of(), 15, false);

        assertThatExceptionOfType(SchemeRuleViolation.class)
                .isThrownBy(() -> schemes.updateSettings(AN_GIANG, settings))
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("scheme.violation.axes-total"));

        SchemeDetails unchanged = anGiang();
        assertThat(unchanged.version()).isEqualTo(before.version());
        assertThat(unchanged.scheme()).isEqualTo(before.scheme());
        assertThat(unchanged.scheme().taskMaxPoints()).isEqualByComparingTo("70");
        assertThat(unchanged.scheme().deadlines()).hasSize(4);
    }

    @Test
    void changeBasedOnAnOutdatedVersionIsRefused() {
        SchemeDetails read = anGiang();
        schemes.updateSettings(AN_GIANG, SchemeSettings.of(read).withAxisMaxPoints(PARTY_BUILDING_FIRST));
        SchemeSettings stale = SchemeSettings.of(read);

        assertThatExceptionOfType(OptimisticLockingFailureException.class)
                .isThrownBy(() -> schemes.updateSettings(AN_GIANG, stale));

        assertThat(anGiang().scheme().axes()).extracting(AxisDefinition::defaultMaxPoints)
                .as("the first change stands").containsExactly(new BigDecimal("15"), new BigDecimal("10"),
                        new BigDecimal("5"), new BigDecimal("30"), new BigDecimal("5"), new BigDecimal("5"));
    }

    @Test
    void changingOnlyTheAxesRaisesTheVersion() {
        SchemeDetails read = anGiang();

        SchemeDetails changed = schemes.updateSettings(AN_GIANG,
                SchemeSettings.of(read).withAxisMaxPoints(PARTY_BUILDING_FIRST));

        assertThat(changed.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void unknownSchemeIsRefused() {
        SchemeSettings settings = SchemeSettings.of(anGiang());

        assertThatExceptionOfType(SchemeRuleViolation.class)
                .isThrownBy(() -> schemes.updateSettings("HN-01-2026", settings))
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("scheme.violation.unknown-scheme"));
    }

    private SchemeDetails anGiang() {
        return schemes.get(AN_GIANG).orElseThrow();
    }
}
