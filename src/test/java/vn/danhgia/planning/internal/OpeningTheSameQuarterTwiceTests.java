package vn.danhgia.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.support.TestActors.runAs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.catalog.CatalogQueries;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Two requests opening the same quarter's plan at the same moment (a double click, two tabs) both find no plan, and
 * the second insert meets the unique (cadre, year, quarter) constraint. That second request is refused as a
 * concurrent edit (409), not a server error, and the first plan stays the only one. The race is replayed by a
 * repository that answers the second request's look-up as it was before the first one committed.
 */
@DemoDataTest
class OpeningTheSameQuarterTwiceTests {

    static final Quarter Q3 = new Quarter(2026, 3);

    @Autowired
    DeadlineExtensions extensions;

    @Autowired
    PlanningService planning;
    @Autowired
    WorkPlanRepository plans;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    AccessScopes scopes;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    SchemeCatalog schemes;
    @Autowired
    CatalogQueries catalog;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;
    @Autowired
    MutableClock mutableClock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcClient jdbc;

    long cadre;

    @BeforeEach
    void noPlanOfNb026() {
        mutableClock.setDate(LocalDate.of(2026, 6, 20));
        cadre = organization.cadreByCode("NB026").orElseThrow().id().value();
        for (String table : new String[] {"work_plan_task", "work_plan_axis", "work_plan_amendment"}) {
            jdbc.sql("delete from " + table + " where plan_id in (select id from work_plan where cadre_id = ?)")
                    .param(cadre).update();
        }
        jdbc.sql("delete from work_plan where cadre_id = ?").param(cadre).update();
    }

    @Test
    void theSecondOfTwoSimultaneousOpeningsIsRefusedAsAConcurrentEdit() {
        Actor owner = actors.cadre("NB026");
        WorkPlanView first = runAs(owner, () -> planning.open(Q3));
        JpaPlanningService racing = new JpaPlanningService(lookingBeforeTheOtherCommitted(), currentActor, scopes,
                organization, schemes, catalog, audit, extensions, clock, event -> { });

        assertThatThrownBy(() -> runAs(owner, () -> transactions.execute(status -> racing.open(Q3))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(jdbc.sql("select count(*) from work_plan where cadre_id = ?").param(cadre).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(runAs(owner, () -> planning.get(first.id())).version()).isEqualTo(first.version());
    }

    /** The repository, except that its first look-up of a person's quarter finds nothing. */
    private WorkPlanRepository lookingBeforeTheOtherCommitted() {
        AtomicBoolean looked = new AtomicBoolean();
        return (WorkPlanRepository) Proxy.newProxyInstance(WorkPlanRepository.class.getClassLoader(),
                new Class<?>[] {WorkPlanRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("findByCadreAndQuarter") && !looked.getAndSet(true)) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(plans, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }
}
