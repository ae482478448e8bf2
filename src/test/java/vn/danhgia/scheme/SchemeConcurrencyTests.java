package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.TodoList;

/**
 * Two administrators change the same scheme at once. The changes are committed, so the shipped settings are put back
 * after each test.
 */
@ApplicationModuleTest
@Tag("persistence")
class SchemeConcurrencyTests {

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

    @Autowired
    SchemeService schemes;

    @Autowired
    PlatformTransactionManager transactionManager;

    private SchemeSettings shipped;

    @BeforeEach
    void rememberShippedSettings() {
        shipped = SchemeSettings.of(schemes.get(AN_GIANG).orElseThrow());
    }

    @AfterEach
    void restoreShippedSettings() {
        long current = schemes.get(AN_GIANG).orElseThrow().version();
        schemes.updateSettings(AN_GIANG, new SchemeSettings(current, shipped.ratingRules(), shipped.axisMaxPoints(),
                shipped.deadlines(), shipped.complaintWindowDays(), shipped.secretBallot()));
    }

    @Test
    void changeThatLosesTheRaceIsRefusedByTheVersionColumn() {
        TransactionTemplate first = new TransactionTemplate(transactionManager);
        TransactionTemplate second = new TransactionTemplate(transactionManager);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Map<Integer, BigDecimal> innovationFirst = axes("20", "10", "25", "5", "5", "5");
        Map<Integer, BigDecimal> socialFirst = axes("20", "10", "5", "5", "25", "5");

        assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() ->
                first.executeWithoutResult(status -> {
                    // Administrator A opens the scheme …
                    SchemeDetails readByA = schemes.get(AN_GIANG).orElseThrow();
                    // … administrator B saves a change meanwhile …
                    second.executeWithoutResult(inner -> schemes.updateSettings(AN_GIANG,
                            SchemeSettings.of(schemes.get(AN_GIANG).orElseThrow())
                                    .withAxisMaxPoints(socialFirst)));
                    // … and A saves a change based on what A read.
                    schemes.updateSettings(AN_GIANG, SchemeSettings.of(readByA).withAxisMaxPoints(innovationFirst));
                }))
                .withRootCauseInstanceOf(StaleStateException.class);

        assertThat(schemes.get(AN_GIANG).orElseThrow().scheme().axes())
                .extracting(AxisDefinition::defaultMaxPoints).as("B's change stands")
                .containsExactly(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("5"),
                        new BigDecimal("25"), new BigDecimal("5"));
    }

    private static Map<Integer, BigDecimal> axes(String... maxPoints) {
        return Map.of(1, new BigDecimal(maxPoints[0]), 2, new BigDecimal(maxPoints[1]), 3, new BigDecimal(maxPoints[2]),
                4, new BigDecimal(maxPoints[3]), 5, new BigDecimal(maxPoints[4]), 6, new BigDecimal(maxPoints[5]));
    }
}
