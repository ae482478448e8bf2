package vn.danhgia.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.scheme.Quarter;

/**
 * Issue 15 §2: the decision board's page shows its rows a page at a time, in the board's order across the peer groups,
 * each group with rows on the page keeping its whole quota (places counted over the whole group, not the page).
 */
class DecisionBoardPageTests {

    private static final DecisionBoard BOARD = new DecisionBoard(new Quarter(2030, 2),
            List.of(group("A", 7, 1, 70), group("B", 3, 71, 60), group("C", 2, 131, 50)), List.of());

    @Test
    void aPageTakesItsRowsAcrossTheGroupsInTheBoardsOrder() {
        DecisionBoardPage first = DecisionBoardPage.of(BOARD, 1, 100);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.rows()).isEqualTo(180);
        assertThat(first.firstRow()).isEqualTo(1);
        assertThat(first.lastRow()).isEqualTo(100);
        assertThat(first.groups()).extracting(DecisionBoard.PeerGroup::key).containsExactly("A", "B");
        assertThat(first.groups().get(1).rows()).hasSize(30);

        DecisionBoardPage second = DecisionBoardPage.of(BOARD, 2, 100);
        assertThat(second.firstRow()).isEqualTo(101);
        assertThat(second.lastRow()).isEqualTo(180);
        assertThat(second.groups()).extracting(DecisionBoard.PeerGroup::key).containsExactly("B", "C");

        List<DecisionBoard.Row> together = new ArrayList<>(first.pageRows());
        together.addAll(second.pageRows());
        assertThat(together).isEqualTo(BOARD.groups().stream().flatMap(group -> group.rows().stream()).toList());
    }

    @Test
    void aGroupSplitOverTwoPagesShowsItsWholeQuotaOnBoth() {
        DecisionBoard.PeerGroup onFirst = DecisionBoardPage.of(BOARD, 1, 100).groups().get(1);
        DecisionBoard.PeerGroup onSecond = DecisionBoardPage.of(BOARD, 2, 100).groups().get(0);
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
        assertThat(DecisionBoardPage.of(BOARD, 9, 100).number()).isEqualTo(2);
        assertThat(DecisionBoardPage.of(BOARD, 0, 100).number()).isEqualTo(1);
        assertThat(DecisionBoardPage.of(BOARD, -3, 100).firstRow()).isEqualTo(1);
    }

    @Test
    void anEmptyBoardHasOneEmptyPage() {
        DecisionBoardPage empty = DecisionBoardPage.of(new DecisionBoard(new Quarter(2030, 2), List.of(), List.of()),
                1, 100);
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
        assertThat(DecisionBoardPage.of(BOARD, 1, 20).links()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(DecisionBoardPage.of(twentyFive, 12, 100).links()).containsExactly(1, 10, 11, 12, 13, 14, 25);
        assertThat(DecisionBoardPage.of(twentyFive, 1, 100).links()).containsExactly(1, 2, 3, 25);
        assertThat(DecisionBoardPage.of(twentyFive, 25, 100).links()).containsExactly(1, 23, 24, 25);
    }

    private static DecisionBoard.PeerGroup group(String key, int places, int firstCadre, int size) {
        List<DecisionBoard.Row> rows = IntStream.range(firstCadre, firstCadre + size)
                .mapToObj(DecisionBoardPageTests::row).toList();
        return new DecisionBoard.PeerGroup(key, "Authority " + key, PositionRank.MEMBER, places, size - 1,
                new BigDecimal("7.25"), List.of(), 1, rows);
    }

    private static DecisionBoard.Row row(int cadre) {
        return new DecisionBoard.Row(new CadreId(cadre), "C" + cadre, "Cadre " + cadre, "Staff", new UnitId(1), "Unit",
                null, "Authority", null, null, null, null, null, null, List.of(), null, null, null, false, false, false,
                false);
    }
}
