package vn.danhgia.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.danhgia.platform.TodoList;

/**
 * The quarter a page with a period picker opens on when the reader chose none (issue 12: "pages open on the period with
 * work in it, never on a quarter that is not rated unless the reader chose it"): the latest begun quarter the scheme
 * rates in which the reader has open work on their to-do list, else the latest begun quarter the scheme rates. In
 * December that is quarter III, not quarter IV, which folds into the year-end rating (seed 002 §5). One helper for
 * every page, so they all agree.
 */
@Service
public class DefaultPeriod {

    /** How far back a rated quarter is looked for (two years, in case a scheme rates only some quarters). */
    private static final int QUARTERS_LOOKED_AT = 8;

    private final SchemeCatalog schemes;
    private final TodoList todo;
    private final Clock clock;

    DefaultPeriod(SchemeCatalog schemes, TodoList todo, Clock clock) {
        this.schemes = schemes;
        this.todo = todo;
        this.clock = clock;
    }

    /** The chosen quarter if there is one, else the signed-in reader's default. */
    public Quarter orDefault(Optional<Quarter> chosen) {
        return chosen.orElseGet(this::forReader);
    }

    /** The signed-in reader's default quarter. */
    public Quarter forReader() {
        LocalDate today = LocalDate.now(clock);
        Quarter current = Quarter.containing(today);
        QuarterSchemes schemes = new QuarterSchemes(this.schemes);
        return todo.mine().stream()
                .filter(item -> !item.yearLong())
                .map(item -> new Quarter(item.year(), item.quarter()))
                .filter(quarter -> quarter.compareTo(current) <= 0 && schemes.rates(quarter))
                .max(Quarter::compareTo)
                .orElseGet(() -> latestRated(current, schemes));
    }

    /** The latest begun quarter the scheme rates, whoever reads; the current one when none is rated. */
    public Quarter latestRated() {
        return latestRated(Quarter.containing(LocalDate.now(clock)), new QuarterSchemes(schemes));
    }

    private static Quarter latestRated(Quarter current, QuarterSchemes schemes) {
        Quarter quarter = current;
        for (int i = 0; i < QUARTERS_LOOKED_AT; i++, quarter = quarter.previous()) {
            if (schemes.rates(quarter)) {
                return quarter;
            }
        }
        return current;
    }
}
