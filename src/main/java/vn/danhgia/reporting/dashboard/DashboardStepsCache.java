package vn.danhgia.reporting.dashboard;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danhgia.reporting.dashboard.DashboardSql.Criteria;
import vn.danhgia.reporting.dashboard.DashboardSql.StepCounts;

/**
 * The dashboard's steps (issue 15 §2): the one statement of the page that still counts every posted cadre's records
 * (about 60 ms for a province of 20,000), counted from the source rows once and served again while nothing it counts
 * has changed. Each count is kept with its scope's {@link DashboardStepsGenerations.Stamp}, read before the count, so a
 * change committed meanwhile only makes the next reader count again; a reader whose stamp differs counts again. The
 * key holds everything else the count depends on: the quarter, the day of the postings, the units and the deadlines.
 * A scope with cadres managed outside its units is always counted (their units are not in the stamp). In memory, per
 * node, a few hundred scopes, each kept ten minutes at most.
 */
@Component
class DashboardStepsCache {

    private static final int SCOPES = 500;
    private static final long LIFETIME_NANOS = Duration.ofMinutes(10).toNanos();

    private record Kept(DashboardStepsGenerations.Stamp stamp, StepCounts counts, long keptAt) {
    }

    private final DashboardSql sql;
    private final Map<Criteria, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Criteria, Kept> eldest) {
            return size() > SCOPES;
        }
    };

    DashboardStepsCache(DashboardSql sql) {
        this.sql = sql;
    }

    StepCounts steps(Criteria criteria) {
        if (!criteria.unitsOnly()) {
            return sql.steps(criteria);
        }
        DashboardStepsGenerations.Stamp stamp = sql.stepsStamp(criteria);
        long now = System.nanoTime();
        Kept found;
        synchronized (kept) {
            found = kept.get(criteria);
        }
        if (found != null && found.stamp().equals(stamp) && now - found.keptAt() < LIFETIME_NANOS) {
            return found.counts();
        }
        StepCounts counts = sql.steps(criteria);
        synchronized (kept) {
            kept.put(criteria, new Kept(stamp, counts, now));
        }
        return counts;
    }
}
