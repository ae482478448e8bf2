package vn.danhgia.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;

/**
 * The shape every step of the quarterly pipeline gives its share of the to-do list: only the rated quarters of the
 * last year are looked at, the current quarter and the three before it, never a quarter the scheme does not rate;
 * with none, the step has no open work. A step says whom it concerns and what is open in those quarters.
 */
public abstract class RatedQuartersTodo implements TodoSource {

    /** The current quarter and the three before it. */
    public static final int QUARTERS_LOOKED_AT = 4;

    private final SchemeCatalog catalog;
    private final Clock clock;

    protected RatedQuartersTodo(SchemeCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        if (!concerns(actor)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        QuarterSchemes schemes = new QuarterSchemes(catalog);
        List<Quarter> rated = schemes.ratedAmongLast(QUARTERS_LOOKED_AT, today);
        return rated.isEmpty() ? List.of() : openWork(actor, today, rated, schemes);
    }

    /** Whether the step has work for the person at all (their role); everyone by default. */
    protected boolean concerns(Actor actor) {
        return true;
    }

    /** The person's open work in the rated quarters, newest first, with the schemes that set their last days. */
    protected abstract List<WorkItem> openWork(Actor actor, LocalDate today, List<Quarter> rated,
                                               QuarterSchemes schemes);
}
