package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.TodoList;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §7 on the to-do list: the annual authority (Chánh Văn phòng, thamquyen, seed 003 §II.1) sees the yearly
 * ratings waiting for its decision and, once the complaint window is over, the announced year to lock; the rated
 * person (Lương Thị Mai, NB014, canbo) sees "complain until …" while the window is open. Phòng Kinh tế's year 2049.
 */
@DemoDataTest
class YearlyRatingTodoTests {

    static final int YEAR = 2049;

    @Autowired
    YearlyRatings ratings;
    @Autowired
    TodoList todo;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;
    Actor mai;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        authority = actors.account("thamquyen");
        mai = actors.account("canbo");
        clock.setDate(LocalDate.of(YEAR, 12, 14));
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        TestActors.runAs(actors.account("tochuc"), () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
        fixture.clean(YEAR);
    }

    List<WorkItem> yearly(Actor actor) {
        return TestActors.runAs(actor, () -> todo.mine()).stream()
                .filter(item -> item.messageKey().startsWith("annual.todo.") && item.year() == YEAR
                        && !item.messageKey().equals("annual.todo.self-review")
                        && !item.messageKey().equals("annual.todo.send-dossiers"))
                .toList();
    }

    YearlyRatingView rating(YearlyTrack track) {
        long cadre = fixture.cadre("NB014");
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == track && r.cadreId() != null && r.cadreId() == cadre)
                .findFirst().orElseThrow();
    }

    @Test
    void theAuthoritySeesWhatItDecidesThenTheYearToLockOnceTheWindowIsOver() {
        String board = "/annual/ratings?unit=" + fixture.unit() + "&year=" + YEAR;
        assertThat(yearly(authority)).extracting(WorkItem::messageKey, WorkItem::subject, WorkItem::link)
                .contains(tuple("annual.todo.decide.COLLECTIVE", "Phòng Kinh tế", board),
                        tuple("annual.todo.decide.STATE", "Lương Thị Mai", board));
        // Nobody decides their own rating, nor is it on a cadre's list without the authority's role.
        assertThat(yearly(mai)).isEmpty();

        YearlyRatingView state = rating(YearlyTrack.STATE);
        TestActors.runAs(authority, () -> ratings.decide(state.id(), state.version(), RatingLevel.GOOD, null));
        assertThat(yearly(authority)).extracting(WorkItem::messageKey, WorkItem::subject)
                .doesNotContain(tuple("annual.todo.decide.STATE", "Lương Thị Mai"));

        TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR));
        // The window is open: no lock yet.
        assertThat(yearly(authority)).extracting(WorkItem::messageKey).doesNotContain("annual.todo.lock");

        clock.setDate(LocalDate.of(YEAR, 12, 30));
        assertThat(yearly(authority)).extracting(WorkItem::messageKey, WorkItem::subject, WorkItem::link)
                .contains(tuple("annual.todo.lock", "Phòng Kinh tế", board));
        TestActors.runAs(authority, () -> ratings.lock(fixture.unit(), YEAR));
        assertThat(yearly(authority)).extracting(WorkItem::messageKey).doesNotContain("annual.todo.lock");
    }

    @Test
    void theRatedPersonMayComplainUntilTheWindowsLastDay() {
        YearlyRatingView state = rating(YearlyTrack.STATE);
        TestActors.runAs(authority, () -> ratings.decide(state.id(), state.version(), RatingLevel.GOOD, null));
        assertThat(yearly(mai)).isEmpty();
        TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR));

        // Announced 14/12 under the scheme's window of 15 days: in time until 29/12 (seed 002 §4 Bước 6).
        clock.setDate(LocalDate.of(YEAR, 12, 29));
        assertThat(yearly(mai)).extracting(WorkItem::messageKey, WorkItem::deadline, WorkItem::link)
                .containsExactly(tuple("annual.todo.complain.STATE", LocalDate.of(YEAR, 12, 29),
                        "/annual/history/" + fixture.cadre("NB014")));
        clock.setDate(LocalDate.of(YEAR, 12, 30));
        assertThat(yearly(mai)).isEmpty();
    }
}
