package vn.danhgia.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The board costs the same few statements for 20 cadres as for 2,000 (issue item 5: "no query per row"): the access
 * scope (the person's posts and the unit tree), the scheme with its settings, the units, one count and one page —
 * 15 on H2 today, bounded here at 20. The made-up agency lies outside the demo office and is removed after.
 */
@DemoDataTest
class ProgressBoardQueryCountTests {

    private static final Quarter QUARTER = new Quarter(2027, 2);
    private static final int DEPARTMENTS = 20;

    @Autowired
    ProgressBoardService boards;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicReference<ProgressBoard> last = new AtomicReference<>();
    private ProgressBoardLoad load;
    private LocalDate dayBefore;

    @AfterEach
    void removeTheLoad() {
        if (load != null) {
            load.remove();
        }
        if (dayBefore != null) {
            clock.setDate(dayBefore);
        }
    }

    @Test
    void statementsPerPageDoNotGrowWithTheNumberOfCadres() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2027, 5, 10));
        load = new ProgressBoardLoad(jdbc, "QCOUNT");
        load.createBody(DEPARTMENTS);
        load.addCadres(1, 20, DEPARTMENTS, QUARTER);
        Actor head = actors.cadre(load.headCode(), Role.UNIT_HEAD);

        int withTwenty = statementsFor(head, new ProgressFilter(QUARTER, null, null, "", 1));
        assertThat(last.get().all()).isEqualTo(21);

        load.addCadres(21, 2000, DEPARTMENTS, QUARTER);
        int withTwoThousand = statementsFor(head, new ProgressFilter(QUARTER, null, null, "", 1));
        assertThat(last.get().all()).isEqualTo(2001);
        assertThat(last.get().rows()).hasSize(50);
        int lastPage = statementsFor(head, new ProgressFilter(QUARTER, null, null, "", 41));
        assertThat(last.get().rows()).hasSize(1);
        int lateOnes = statementsFor(head, new ProgressFilter(QUARTER, null, ProgressStatus.LATE, "", 3));
        assertThat(last.get().rows()).hasSize(50).allMatch(ProgressRow::late);
        int searched = statementsFor(head, new ProgressFilter(QUARTER, null, null, "nguyen van", 1));
        assertThat(last.get().rows()).allMatch(row -> row.fullName().startsWith("Nguyễn Văn"));

        assertThat(withTwoThousand).isEqualTo(withTwenty).isLessThanOrEqualTo(20);
        assertThat(lastPage).isEqualTo(withTwenty);
        assertThat(lateOnes).isEqualTo(withTwenty);
        assertThat(searched).isEqualTo(withTwenty);
    }

    private int statementsFor(Actor actor, ProgressFilter filter) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> boards.board(filter))));
    }
}
