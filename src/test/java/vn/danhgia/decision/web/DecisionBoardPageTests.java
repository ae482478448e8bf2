package vn.danhgia.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * Issue 15 §2: the decision board's page shows its rows a page at a time, in the board's order across the peer groups,
 * each group with rows on the page keeping its whole quota (places counted over the whole group, not the page), and
 * may show one unit's rows or only those not decided yet, the quota still the whole group's.
 */
class DecisionBoardPageTests {

    private static final DecisionBoard BOARD = new DecisionBoard(new Quarter(2030, 2),
            List.of(group("A", 7, 1, 70), group("B", 3, 71, 60), group("C", 2, 131, 50)), List.of());

    @Test
    void aPageTakesItsRowsAcrossTheGroupsInTheBoardsOrder() {
        DecisionBoardPage first = pageOf(BOARD, 1, 100);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.rows()).isEqualTo(180);
        assertThat(first.firstRow()).isEqualTo(1);
        assertThat(first.lastRow()).isEqualTo(100);
        assertThat(first.groups()).extracting(DecisionBoard.PeerGroup::key).containsExactly("A", "B");
        assertThat(first.groups().get(1).rows()).hasSize(30);

        DecisionBoardPage second = pageOf(BOARD, 2, 100);
        assertThat(second.firstRow()).isEqualTo(101);
        assertThat(second.lastRow()).isEqualTo(180);
        assertThat(second.groups()).extracting(DecisionBoard.PeerGroup::key).containsExactly("B", "C");

        List<DecisionBoard.Row> together = new ArrayList<>(first.pageRows());
        together.addAll(second.pageRows());
        assertThat(together).isEqualTo(BOARD.groups().stream().flatMap(group -> group.rows().stream()).toList());
    }

    @Test
    void aGroupSplitOverTwoPagesShowsItsWholeQuotaOnBoth() {
        DecisionBoard.PeerGroup onFirst = pageOf(BOARD, 1, 100).groups().get(1);
        DecisionBoard.PeerGroup onSecond = pageOf(BOARD, 2, 100).groups().get(0);
        DecisionBoard.PeerGroup whole = BOARD.groups().get(1);
        for (DecisionBoard.PeerGroup part : List.of(onFirst, onSecond)) {
            assertThat(part.places()).isEqualTo(whole.places());
            assertThat(part.qualified()).isEqualTo(whole.qualified());
            assertThat(part.excellentDecided()).isEqualTo(whole.excellentDecided());
            assertThat(part.exact()).isEqualTo(whole.exact());
        }
    }

    @Test
    void aPageOutsideTheBoardShowsTheNearestOne() {
        assertThat(pageOf(BOARD, 9, 100).number()).isEqualTo(2);
        assertThat(pageOf(BOARD, 0, 100).number()).isEqualTo(1);
        assertThat(pageOf(BOARD, -3, 100).firstRow()).isEqualTo(1);
    }

    @Test
    void anEmptyBoardHasOneEmptyPage() {
        DecisionBoardPage empty = pageOf(new DecisionBoard(new Quarter(2030, 2), List.of(), List.of()), 1, 100);
        assertThat(empty.count()).isEqualTo(1);
        assertThat(empty.number()).isEqualTo(1);
        assertThat(empty.firstRow()).isZero();
        assertThat(empty.lastRow()).isZero();
        assertThat(empty.groups()).isEmpty();
    }

    @Test
    void theLinksAreEveryPageUpToTenElseTheEndsAndThoseAround() {
        DecisionBoard twentyFive = new DecisionBoard(new Quarter(2030, 2), List.of(group("A", 100, 1, 2_480)),
                List.of());
        assertThat(pageOf(BOARD, 1, 20).links()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(pageOf(twentyFive, 12, 100).links()).containsExactly(1, 10, 11, 12, 13, 14, 25);
        assertThat(pageOf(twentyFive, 1, 100).links()).containsExactly(1, 2, 3, 25);
        assertThat(pageOf(twentyFive, 25, 100).links()).containsExactly(1, 23, 24, 25);
    }

    @Test
    void aViewShowsOneUnitOrTheUndecidedAndEachGroupKeepsItsWholeQuota() {
        // Group A: cadres 1 and 2 in unit 1, 3 and 4 in unit 2; group B: 5 and 6 in unit 2. Cadres 2 and 4 are decided.
        DecisionBoard board = new DecisionBoard(new Quarter(2030, 2), List.of(
                new DecisionBoard.PeerGroup("A", "Authority A", PositionRank.MEMBER, 1, 4, new BigDecimal("0.8"),
                        List.of(), 1, List.of(row(1, 1, null), row(2, 1, RatingLevel.EXCELLENT), row(3, 2, null),
                        row(4, 2, RatingLevel.GOOD))),
                new DecisionBoard.PeerGroup("B", "Authority B", PositionRank.HEAD, 1, 2, new BigDecimal("0.4"),
                        List.of(), 0, List.of(row(5, 2, null), row(6, 2, null)))), List.of());

        DecisionBoardPage unitTwo = DecisionBoardPage.of(board, new DecisionBoardView(1, 2L, false), 100);
        assertThat(codes(unitTwo)).containsExactly("C3", "C4", "C5", "C6");
        assertThat(unitTwo.rows()).isEqualTo(4);
        assertThat(unitTwo.groups().get(0)).isEqualTo(board.groups().get(0).withRows(unitTwo.groups().get(0).rows()));
        assertThat(unitTwo.groups().get(0).excellentDecided()).as("the whole group's places taken").isEqualTo(1);

        assertThat(codes(DecisionBoardPage.of(board, new DecisionBoardView(1, null, true), 100)))
                .containsExactly("C1", "C3", "C5", "C6");
        DecisionBoardPage both = DecisionBoardPage.of(board, new DecisionBoardView(1, 1L, true), 100);
        assertThat(codes(both)).containsExactly("C1");
        assertThat(both.groups()).extracting(DecisionBoard.PeerGroup::key).containsExactly("A");

        DecisionBoardPage none = DecisionBoardPage.of(board, new DecisionBoardView(3, 99L, false), 100);
        assertThat(none.rows()).isZero();
        assertThat(none.groups()).isEmpty();
        assertThat(none.number()).isEqualTo(1);
    }

    @Test
    void aViewIsReadLenientlyAndWrittenBackIntoTheBoardsAddress() {
        Quarter quarter = new Quarter(2030, 2);
        DecisionBoardView view = DecisionBoardView.of("3", " 42 ", "true");

        assertThat(view).isEqualTo(new DecisionBoardView(3, 42L, true));
        assertThat(view.address(quarter))
                .isEqualTo("/review/decisions?year=2030&quarter=2&inUnit=42&undecided=true&page=3");
        assertThat(DecisionBoardView.of(null, null, null).address(quarter))
                .isEqualTo("/review/decisions?year=2030&quarter=2");
        // As a mistyped page always did: a page that cannot be read is the first, a unit every unit.
        assertThat(DecisionBoardView.of("x", "abc", "yes")).isEqualTo(new DecisionBoardView(1, null, false));
        assertThat(DecisionBoardView.of("-2", "7", null)).isEqualTo(new DecisionBoardView(1, 7L, false));
        assertThat(DecisionBoardView.of("3", "abc", null)).isEqualTo(new DecisionBoardView(3, null, false));
        assertThat(DecisionBoardView.of("99999999999", null, null).page()).isEqualTo(Integer.MAX_VALUE);
    }

    private static List<String> codes(DecisionBoardPage page) {
        return page.pageRows().stream().map(DecisionBoard.Row::code).toList();
    }

    private static DecisionBoardPage pageOf(DecisionBoard board, int number, int size) {
        return DecisionBoardPage.of(board, new DecisionBoardView(number, null, false), size);
    }

    private static DecisionBoard.PeerGroup group(String key, int places, int firstCadre, int size) {
        List<DecisionBoard.Row> rows = IntStream.range(firstCadre, firstCadre + size)
                .mapToObj(DecisionBoardPageTests::row).toList();
        return new DecisionBoard.PeerGroup(key, "Authority " + key, PositionRank.MEMBER, places, size - 1,
                new BigDecimal("7.25"), List.of(), 1, rows);
    }

    private static DecisionBoard.Row row(int cadre) {
        return row(cadre, 1, null);
    }

    private static DecisionBoard.Row row(int cadre, long unit, RatingLevel decided) {
        RatingView rating = decided == null ? null : new RatingView(cadre, 1, new CadreId(cadre), "Cadre " + cadre,
                new UnitId(unit), new Quarter(2030, 2), RatingStatus.DECIDED, null, null, null, null, null, null, null,
                null, decided, null, null, false, null, null, "authority", null, null, null, null, null, null, null);
        return new DecisionBoard.Row(new CadreId(cadre), "C" + cadre, "Cadre " + cadre, "Staff", new UnitId(unit),
                "Unit " + unit, null, "Authority", null, null, null, null, null, rating, List.of(), null, null, null,
                false, false, false, false);
    }
}
