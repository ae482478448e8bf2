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
 * rated them. The latest history quarter is at the decision step (appraised, awaiting the authority's decisions) and
 * the one before it announced with its complaint window open; when a scheme rates only one quarter before the working
 * one (02-HD/TU from 1/4/2026: in December 2026 only quarter II), that one is announced, so the complaint path and the
 * cadres' results stay shown, and no quarter awaits decisions.
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

    /** The history quarter awaiting the authority's decisions: the latest, when an announced one comes before it. */
    Optional<Quarter> atDecision(List<Quarter> history) {
        return history.size() < HISTORY_AT_LEAST ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The history quarters announced, oldest first: all but the one at the decision step. */
    List<Quarter> announced(List<Quarter> history) {
        return atDecision(history).map(decision -> history.subList(0, history.size() - 1)).orElse(history);
    }

    private boolean rated(Quarter quarter) {
        return schemes.inForce(quarter.firstDay()).map(scheme -> scheme.rates(quarter)).orElse(false);
    }
}
