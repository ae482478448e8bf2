package vn.danhgia.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.support.TestActors.runAs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Two requests opening the same quarter's self-assessment at the same moment (a double click, two tabs) both find
 * none, and the second insert meets the unique (cadre, year, quarter) constraint. As the API promises ("if already
 * opened, the existing one is returned"), the second request gets the record the first one stored, not a server
 * error. The race is replayed by a repository whose first look-up answers as before the first request committed.
 * NB026 Hồ Sỹ Thành, quarter II/2026 (tasks listed directly, seed 002 §5).
 */
@DemoDataTest
class OpeningTheSameQuarterTwiceTests {

    static final Quarter Q2 = new Quarter(2026, 2);

    @Autowired
    DeadlineExtensions extensions;

    @Autowired
    SelfAssessmentService service;
    @Autowired
    SelfAssessmentRepository assessments;
    @Autowired
    SchemeCatalog schemes;
    @Autowired
    PlanQueries plans;
    @Autowired
    AccessScopes access;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    MutableClock mutableClock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcClient jdbc;

    long cadre;

    @BeforeEach
    @AfterEach
    void noSelfAssessmentOfNb026() {
        mutableClock.setDate(LocalDate.of(2026, 6, 20));
        cadre = organization.cadreByCode("NB026").orElseThrow().id().value();
        String ofCadre = "select id from self_assessment where cadre_id = " + cadre;
        for (String table : new String[] {"self_assessment_task", "self_assessment_criterion",
                "self_assessment_axis"}) {
            jdbc.sql("delete from " + table + " where assessment_id in (" + ofCadre + ")").update();
        }
        jdbc.sql("delete from self_assessment where cadre_id = ?").param(cadre).update();
    }

    @Test
    void theSecondOfTwoSimultaneousOpeningsGetsTheRecordTheFirstStored() {
        Actor owner = actors.cadre("NB026");
        SelfAssessmentView first = runAs(owner, () -> service.open(Q2));
        JpaSelfAssessmentService racing = new JpaSelfAssessmentService(lookingBeforeTheOtherCommitted(), schemes,
                plans, extensions, access, organization, currentActor, audit, events, clock, transactions);

        SelfAssessmentView second = runAs(owner, () -> racing.open(Q2));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(jdbc.sql("select count(*) from self_assessment where cadre_id = ?").param(cadre)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The repository, except that its first look-up of a person's quarter finds nothing. */
    private SelfAssessmentRepository lookingBeforeTheOtherCommitted() {
        AtomicBoolean looked = new AtomicBoolean();
        return (SelfAssessmentRepository) Proxy.newProxyInstance(SelfAssessmentRepository.class.getClassLoader(),
                new Class<?>[] {SelfAssessmentRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("findByCadreAndQuarter") && !looked.getAndSet(true)) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(assessments, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }
}
