package vn.danhgia.decision.web;

import java.util.Optional;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.scheme.Quarter;

/**
 * Which part of the decision board a reader looks at: a page, and if they choose, one unit's cadres and only those not
 * decided yet (issue 15: an authority of 2,000 cadres looks for a department, or for what is left to decide). A view
 * only narrows the rows shown: each peer group's quota line, places and ranking stay those of the whole group, and the
 * collectives' results stay listed whole. Read as leniently as the page number always was: a page that cannot be read
 * is the first, a unit that cannot be read is every unit.
 *
 * @param page      the page asked for, from 1 (the board's page shows the last one when it is past the end)
 * @param unit      the unit whose cadres are shown; null for all
 * @param undecided only the cadres without a decided level
 */
record DecisionBoardView(int page, Long unit, boolean undecided) {

    static DecisionBoardView of(String page, String unit, String undecided) {
        int number = whole(page).filter(typed -> typed >= 1).map(typed -> (int) Math.min(typed, Integer.MAX_VALUE))
                .orElse(1);
        return new DecisionBoardView(number, whole(unit).orElse(null), "true".equals(undecided));
    }

    boolean shows(DecisionBoard.Row row) {
        return (unit == null || row.unit().value() == unit)
                && (!undecided || row.rating() == null || row.rating().decidedLevel() == null);
    }

    public DecisionBoardView onPage(int number) {
        return new DecisionBoardView(number, unit, undecided);
    }

    /** The board's address showing this view of the quarter. */
    public String address(Quarter quarter) {
        return "/review/decisions?year=" + quarter.year() + "&quarter=" + quarter.number()
                + (unit != null ? "&inUnit=" + unit : "") + (undecided ? "&undecided=true" : "")
                + (page > 1 ? "&page=" + page : "");
    }

    private static Optional<Long> whole(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty()
                    : Optional.of(Long.parseLong(typed.trim()));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }
}
