package vn.danhgia.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Where the demo places its quarters relative to the day it starts (issue 12 §5), so that it works on any day: the
 * working quarter is the latest rated quarter that has begun (in December, quarter III, as quarter IV is not rated
 * quarterly); the history is the rated quarters before it in its year, and at least the two before it where a scheme
 * rated them, the latest announced with its complaint window open.
 */
final class DemoCalendar {

    private static final int LOOK_BACK = 12;
    private static final int HISTORY_AT_LEAST = 2;

    private final SchemeCatalog schemes;

    DemoCalendar(SchemeCatalog schemes) {
        this.schemes = schemes;
    }

    /** The latest rated quarter that has begun by {@code today}; empty when no scheme rates any of the last three years. */
    Optional<Quarter> workingQuarter(LocalDate today) {
        Quarter quarter = Quarter.containing(today);
        for (int i = 0; i < LOOK_BACK; i++, quarter = quarter.previous()) {
            if (rated(quarter)) {
                return Optional.of(quarter);
            }
        }
        return Optional.empty();
    }

    /** The rated quarters before the working one, oldest first: all of its year, and at least two where there are. */
    List<Quarter> history(Quarter working) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = working.previous();
        for (int i = 0; i < LOOK_BACK; i++, quarter = quarter.previous()) {
            if (quarter.year() != working.year() && quarters.size() >= HISTORY_AT_LEAST) {
                break;
            }
            if (rated(quarter)) {
                quarters.add(0, quarter);
            }
        }
        return quarters;
    }

    private boolean rated(Quarter quarter) {
        return schemes.inForce(quarter.firstDay()).map(scheme -> scheme.rates(quarter)).orElse(false);
    }
}
