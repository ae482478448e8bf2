package vn.danhgia.decision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.danhgia.decision.DecisionBoard;

/**
 * One page of the decision board's rows a view shows, in the board's order across its peer groups (issue 15: an
 * authority of 2,000 cadres is shown a hundred at a time instead of 2,000 rows of forms at once). Each peer group with
 * rows on the page keeps its whole quota line; the places and the ranking are the board's, worked out over the whole
 * group, whichever rows the view shows.
 *
 * @param number   the page shown, from 1 (a page past the last shows the last)
 * @param count    how many pages the rows the view shows fill, at least 1
 * @param firstRow the first row shown, from 1; 0 when the view shows none
 * @param lastRow  the last row shown
 * @param rows     the rows the view shows in all
 * @param groups   the groups with rows on this page, each with only those rows
 */
record DecisionBoardPage(int number, int count, int firstRow, int lastRow, int rows,
                         List<DecisionBoard.PeerGroup> groups) {

    static final int ROWS_PER_PAGE = 100;

    DecisionBoardPage {
        groups = List.copyOf(groups);
    }

    static DecisionBoardPage of(DecisionBoard board, DecisionBoardView view, int size) {
        List<DecisionBoard.PeerGroup> viewed = board.groups().stream()
                .map(group -> group.withRows(group.rows().stream().filter(view::shows).toList()))
                .filter(group -> !group.rows().isEmpty())
                .toList();
        int requested = view.page();
        int rows = viewed.stream().mapToInt(group -> group.rows().size()).sum();
        int count = Math.max(1, (rows + size - 1) / size);
        int number = Math.min(Math.max(requested, 1), count);
        int from = (number - 1) * size;
        int to = Math.min(from + size, rows);
        List<DecisionBoard.PeerGroup> shown = new ArrayList<>();
        int groupStart = 0;
        for (DecisionBoard.PeerGroup group : viewed) {
            int groupEnd = groupStart + group.rows().size();
            int first = Math.max(from, groupStart);
            int last = Math.min(to, groupEnd);
            if (first < last) {
                shown.add(group.withRows(group.rows().subList(first - groupStart, last - groupStart)));
            }
            groupStart = groupEnd;
        }
        return new DecisionBoardPage(number, count, rows == 0 ? 0 : from + 1, to, rows, shown);
    }

    /** The rows on this page. */
    public List<DecisionBoard.Row> pageRows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    /** The page numbers to link to: all of them up to ten pages, else the first, the last and four around this one. */
    public List<Integer> links() {
        if (count <= 10) {
            return IntStream.rangeClosed(1, count).boxed().toList();
        }
        List<Integer> links = new ArrayList<>();
        links.add(1);
        IntStream.rangeClosed(Math.max(2, number - 2), Math.min(count - 1, number + 2)).forEach(links::add);
        links.add(count);
        return links;
    }
}
