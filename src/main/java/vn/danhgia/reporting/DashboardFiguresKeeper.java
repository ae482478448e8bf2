package vn.danhgia.reporting;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.reporting.DashboardFigures.UnitQuarter;

/**
 * Keeps {@link DashboardFigures} in step with every change made through JPA to the rows they count — a quarter's
 * ratings (decisions, announcements, cancellations), self-assessments (submission, return) and appraisals — whichever
 * module makes it: Hibernate tells it of each row written, and just before the transaction commits (after the last
 * flush, on the same connection) the unit-quarters touched are recomputed. Rows written straight with SQL are not
 * seen here: their writer calls {@link DashboardFigures#recomputeQuarter}. Reading the tables by name keeps this
 * module free of the writers' classes.
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

    private final EntityManagerFactory entityManagers;
    private final DashboardFigures figures;
    private final JdbcClient jdbc;
    /** What each open session has changed, until its transaction ends. */
    private final Map<SharedSessionContractImplementor, Changes> changes = new ConcurrentHashMap<>();

    DashboardFiguresKeeper(EntityManagerFactory entityManagers, DashboardFigures figures, JdbcClient jdbc) {
        this.entityManagers = entityManagers;
        this.figures = figures;
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
        if (counts(event.getPersister(), event.getState())) {
            changed(event.getPersister(), event.getSession(), event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
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
                figures.recompute(pending.resolved(jdbc));
            }
        });
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, ending) ->
                changes.remove(session));
        return new Changes();
    }

    /** The unit-quarters changed, and the self-assessments whose appraisal changed (their unit-quarter read at the end). */
    private static final class Changes {

        private final Set<UnitQuarter> unitQuarters = ConcurrentHashMap.newKeySet();
        private final Set<Long> selfAssessments = ConcurrentHashMap.newKeySet();

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
