package vn.danhgia.reporting.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.InListChunks;

/**
 * A generation per unit (V86), raised in the transaction of every change to what the dashboard's steps count there:
 * {@link DashboardFiguresKeeper} raises the units a changed cadre holds or held a post in and the units of changed
 * postings and positions; a writer that bypasses JPA raises them all ({@link DashboardFigures#recomputeQuarter}).
 * {@link DashboardStepsCache} compares a scope's generations before serving a kept count: as generations only grow, an
 * unchanged sum and number of rows means no change was committed in between, on whichever node.
 */
@Component
class DashboardStepsGenerations {

    /** The generations of a scope's units: their sum and how many units have one. */
    record Stamp(long total, long units) {
    }

    /** Keeps each IN list well under the databases' limits on bound values. */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    DashboardStepsGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Raises, in the caller's transaction, the generation of the given units, of the units of the given positions and
     * of every unit the given cadres hold or held a post in (a past quarter's steps count those posted at its end). The
     * units are read again once their rows are locked, until no new one appears: a concurrent change of the cadre's
     * posting or of a position's unit locks the old unit too, so by then it has committed and its new unit is seen.
     * Rows are locked in ascending order within each round, so that two transactions seldom wait for each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raise(Collection<Long> cadres, Collection<Long> positions, Collection<Long> units) {
        Set<Long> raised = new TreeSet<>();
        Set<Long> wanted = unitsOf(cadres, positions, units);
        while (!raised.containsAll(wanted)) {
            for (Long unit : wanted) {
                if (raised.add(unit)) {
                    raiseOne(unit);
                }
            }
            wanted = unitsOf(cadres, positions, units);
        }
    }

    private Set<Long> unitsOf(Collection<Long> cadres, Collection<Long> positions, Collection<Long> units) {
        Set<Long> found = new TreeSet<>(units);
        for (List<Long> chunk : InListChunks.of(List.copyOf(cadres), CHUNK)) {
            found.addAll(jdbc.sql("select distinct p.unit_id from org_appointment a"
                            + " join org_position p on p.id = a.position_id where a.cadre_id in (:cadres)")
                    .param("cadres", chunk).query(Long.class).list());
        }
        for (List<Long> chunk : InListChunks.of(List.copyOf(positions), CHUNK)) {
            found.addAll(jdbc.sql("select unit_id from org_position where id in (:positions)")
                    .param("positions", chunk).query(Long.class).list());
        }
        return found;
    }

    private void raiseOne(long unit) {
        // The row exists once the unit has had a change; the insert waits for, then yields to, a concurrent one.
        jdbc.sql("insert into dashboard_steps_generation (unit_id) values (:unit) on conflict do nothing")
                .param("unit", unit).update();
        jdbc.sql("update dashboard_steps_generation set generation = generation + 1 where unit_id = :unit")
                .param("unit", unit).update();
    }

    /**
     * Raises every unit's generation: for records written straight with SQL, whose cadres nobody listed. The rows are
     * locked in ascending order first, as {@link #raise} locks them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raiseAll() {
        jdbc.sql("insert into dashboard_steps_generation (unit_id) select id from org_unit order by id"
                + " on conflict do nothing").update();
        jdbc.sql("select unit_id from dashboard_steps_generation order by unit_id for update").query(Long.class)
                .list();
        jdbc.sql("update dashboard_steps_generation set generation = generation + 1").update();
    }
}
