package vn.danhgia.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheme in force for each quarter, looked up once per quarter for the length of one read (a to-do list, a page's
 * default period), so a list of many items costs one scheme query per quarter, not one per item. Not shared between
 * requests: an administrator's change to a scheme shows on the next read.
 */
public final class QuarterSchemes {

    private final SchemeCatalog catalog;
    private final Map<Quarter, Optional<EvaluationSchemeView>> inForce = new HashMap<>();

    public QuarterSchemes(SchemeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The default scheme in force on the quarter's first day. */
    public Optional<EvaluationSchemeView> of(Quarter quarter) {
        return inForce.computeIfAbsent(quarter, q -> catalog.inForce(q.firstDay()));
    }

    /** Whether the scheme rates the quarter (quarter IV is not rated quarterly, seed 002 §5). */
    public boolean rates(Quarter quarter) {
        return of(quarter).filter(scheme -> scheme.rates(quarter)).isPresent();
    }

    /** The scheme's last day in time for the step of the quarter; null when it sets none. */
    public LocalDate lastDayInTime(DeadlineStep step, Quarter quarter) {
        return of(quarter).flatMap(scheme -> scheme.lastDayInTime(step, quarter)).orElse(null);
    }

    /**
     * The quarters the schemes rate among the one containing {@code today} and the {@code count - 1} before it, latest
     * first: the periods a to-do list looks at.
     */
    public List<Quarter> ratedAmongLast(int count, LocalDate today) {
        List<Quarter> rated = new ArrayList<>();
        Quarter quarter = Quarter.containing(today);
        for (int i = 0; i < count; i++, quarter = quarter.previous()) {
            if (rates(quarter)) {
                rated.add(quarter);
            }
        }
        return rated;
    }
}
