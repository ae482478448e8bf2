package vn.danhgia.reporting.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.reporting.dashboard.DashboardFigures.UnitQuarter;

/**
 * Keeps {@link DashboardFigures} in step with every change made through JPA to the rows they count — a quarter's
 * ratings (decisions, announcements, cancellations), self-assessments (submission, return) and appraisals — whichever
 * module makes it: Hibernate tells it of each row written, and just before the transaction commits (after the last
 * flush, on the same connection) the unit-quarters touched are recomputed. In the same way it raises the
 * {@link DashboardStepsGenerations} of the units whose steps a change may alter: those of the cadres whose plans,
 * self-assessments, appraisals, ratings, deferrals or extensions changed, and of changed postings and positions. Rows
 * written straight with SQL are not seen here: their writer calls {@link DashboardFigures#recomputeQuarter}. Reading
 * the tables by name keeps this module free of the writers' classes.
 */
@Component
class DashboardFiguresKeeper implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String RATINGS = "quarter_rating";
    private static final String SELF_ASSESSMENTS = "self_assessment";
    private static final String APPRAISALS = "appraisal";
    /** The properties of each table that a figure depends on: a change to anything else recomputes nothing. */
    private static final Map<String, Set<String>> COUNTED = Map.of(
            RATINGS, Set.of("unitId", "status", "outcome", "selfProposedLevel"),
            SELF_ASSESSMENTS, Set.of("unitId", "status", "submittedTotal"),
            APPRAISALS, Set.of("status", "appraisedTotal"));
    /**
     * The status a self-assessment or appraisal must have, before or after the change, to count in a figure: drafts
     * saved on a deadline morning recompute nothing. Any rating may count.
     */
    private static final Map<String, String> COUNTING_STATUS = Map.of(SELF_ASSESSMENTS, "SUBMITTED",
            APPRAISALS, "COMPLETED");
    /** The tables whose rows the steps count per cadre, with the property naming the cadre. */
    private static final Map<String, String> STEP_CADRE = Map.of("work_plan", "cadreId", SELF_ASSESSMENTS, "cadreId",
            APPRAISALS, "cadreId", RATINGS, "cadreId", "rating_deferral", "cadreId", "deadline_extension", "cadreId");
    /**
     * The statuses in which a plan, self-assessment, appraisal or rating counts as a step done (a rating has a decided
     * level only in these): a change with neither the old nor the new state in one (a draft saved again, a head's
     * proposal) raises nothing.
     */
    private static final Map<String, Set<String>> STEP_STATUSES = Map.of("work_plan", Set.of("SUBMITTED", "APPROVED"),
            SELF_ASSESSMENTS, Set.of("SUBMITTED"), APPRAISALS, Set.of("COMPLETED"),
            RATINGS, Set.of("DECIDED", "ANNOUNCED", "LOCKED", "CANCELLED"));
    private static final String APPOINTMENTS = "org_appointment";
    private static final String POSITIONS = "org_position";

    private final EntityManagerFactory entityManagers;
    private final DashboardFigures figures;
    private final DashboardStepsGenerations stepsGenerations;
    private final JdbcClient jdbc;
    /** What each open session has changed, until its transaction ends. */
    private final Map<SharedSessionContractImplementor, Changes> changes = new ConcurrentHashMap<>();

    DashboardFiguresKeeper(EntityManagerFactory entityManagers, DashboardFigures figures,
                           DashboardStepsGenerations stepsGenerations, JdbcClient jdbc) {
        this.entityManagers = entityManagers;
        this.figures = figures;
        this.stepsGenerations = stepsGenerations;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void listen() {
        EventListenerRegistry listeners = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        stepsChanged(event.getPersister(), event.getSession(), null, true, event.getState());
        if (counts(event.getPersister(), event.getState())) {
            changed(event.getPersister(), event.getSession(), event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        stepsChanged(event.getPersister(), event.getSession(), event.getOldState(), event.getOldState() != null,
                event.getState());
        String table = table(event.getPersister());
        if (table == null || !countedChanged(event, COUNTED.get(table))
                || !(counts(event.getPersister(), event.getState())
                     || counts(event.getPersister(), event.getOldState()))) {
            return;
        }
        changed(event.getPersister(), event.getSession(), event.getState());
        if (event.getOldState() != null) {
            changed(event.getPersister(), event.getSession(), event.getOldState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        stepsChanged(event.getPersister(), event.getSession(), event.getDeletedState(), true, null);
        if (counts(event.getPersister(), event.getDeletedState())) {
            changed(event.getPersister(), event.getSession(), event.getDeletedState());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Whether a row in this state may count in a figure (true when its old state is unknown). */
    private static boolean counts(EntityPersister persister, Object[] state) {
        String table = table(persister);
        if (table == null) {
            return false;
        }
        String status = COUNTING_STATUS.get(table);
        return status == null || state == null
                || status.equals(String.valueOf(state[persister.getPropertyIndex("status")]));
    }

    private static boolean countedChanged(PostUpdateEvent event, Set<String> counted) {
        if (event.getDirtyProperties() == null) {
            return true;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int dirty : event.getDirtyProperties()) {
            if (counted.contains(names[dirty])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Notes the cadre, posting or position whose change may alter the steps; {@code before} is null for a new row and
     * for an update Hibernate did not read first ({@code beforeKnown} false: counted as a change), {@code after} for a
     * removed one.
     */
    private void stepsChanged(EntityPersister persister, SharedSessionContractImplementor session, Object[] before,
                              boolean beforeKnown, Object[] after) {
        if (!(persister instanceof AbstractEntityPersister mapped)) {
            return;
        }
        String table = mapped.getTableName();
        if (STEP_CADRE.containsKey(table)) {
            Set<String> statuses = STEP_STATUSES.get(table);
            if (statuses != null && beforeKnown && !inStatus(persister, before, statuses)
                    && !inStatus(persister, after, statuses)) {
                return;
            }
            Changes pending = changes.computeIfAbsent(session, this::follow);
            int cadre = persister.getPropertyIndex(STEP_CADRE.get(table));
            for (Object[] state : new Object[][] {before, after}) {
                if (state != null) {
                    pending.cadres.add((Long) state[cadre]);
                }
            }
        } else if (table.equals(APPOINTMENTS) || table.equals(POSITIONS)) {
            Changes pending = changes.computeIfAbsent(session, this::follow);
            for (Object[] state : new Object[][] {before, after}) {
                if (state == null) {
                    continue;
                }
                if (table.equals(APPOINTMENTS)) {
                    pending.cadres.add(idOf(state[persister.getPropertyIndex("cadre")], session));
                    pending.positions.add(idOf(state[persister.getPropertyIndex("position")], session));
                } else {
                    pending.units.add(idOf(state[persister.getPropertyIndex("unit")], session));
                }
            }
        }
    }

    private static boolean inStatus(EntityPersister persister, Object[] state, Set<String> statuses) {
        return state != null && statuses.contains(String.valueOf(state[persister.getPropertyIndex("status")]));
    }

    /** The id of an associated entity, without loading it when it is a proxy. */
    private static Long idOf(Object entity, SharedSessionContractImplementor session) {
        if (entity instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        return (Long) session.getEntityPersister(null, entity).getIdentifier(entity, session);
    }

    private static String table(EntityPersister persister) {
        if (persister instanceof AbstractEntityPersister mapped && COUNTED.containsKey(mapped.getTableName())) {
            return mapped.getTableName();
        }
        return null;
    }

    private void changed(EntityPersister persister, SharedSessionContractImplementor session, Object[] state) {
        String table = table(persister);
        if (table == null || state == null) {
            return;
        }
        Changes pending = changes.computeIfAbsent(session, this::follow);
        if (table.equals(APPRAISALS)) {
            pending.selfAssessments.add((Long) state[persister.getPropertyIndex("selfAssessmentId")]);
        } else {
            pending.unitQuarters.add(new UnitQuarter((Long) state[persister.getPropertyIndex("unitId")],
                    (Integer) state[persister.getPropertyIndex("year")],
                    (Integer) state[persister.getPropertyIndex("quarter")]));
        }
    }

    /** Starts following a session's changes until its transaction ends, recomputing them just before it commits. */
    private Changes follow(SharedSessionContractImplementor session) {
        TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) ending -> {
            Changes pending = changes.remove(session);
            if (pending != null) {
                // Generations first, then figures: every transaction takes the two kinds of lock in this order.
                stepsGenerations.raise(pending.cadres, pending.positions, pending.units);
                figures.recompute(pending.resolved(jdbc));
            }
        });
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, ending) ->
                changes.remove(session));
        return new Changes();
    }

    /**
     * The unit-quarters changed, the self-assessments whose appraisal changed (their unit-quarter read at the end), and
     * the cadres, positions and units whose steps may have changed.
     */
    private static final class Changes {

        private final Set<UnitQuarter> unitQuarters = ConcurrentHashMap.newKeySet();
        private final Set<Long> selfAssessments = ConcurrentHashMap.newKeySet();
        private final Set<Long> cadres = ConcurrentHashMap.newKeySet();
        private final Set<Long> positions = ConcurrentHashMap.newKeySet();
        private final Set<Long> units = ConcurrentHashMap.newKeySet();

        Set<UnitQuarter> resolved(JdbcClient jdbc) {
            Set<UnitQuarter> all = new HashSet<>(unitQuarters);
            if (!selfAssessments.isEmpty()) {
                all.addAll(jdbc.sql("select unit_id, period_year, period_quarter from self_assessment"
                                + " where id in (:ids)")
                        .param("ids", selfAssessments)
                        .query((rs, row) -> new UnitQuarter(rs.getLong("unit_id"), rs.getInt("period_year"),
                                rs.getInt("period_quarter")))
                        .list());
            }
            return all;
        }
    }
}
