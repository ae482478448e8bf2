package vn.danhgia.annual.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.ReviewMeetingSummary;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.progress.ProgressBoardLoad;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.StatementCounter;
import vn.danhgia.support.TestActors;

/**
 * The year's list of review meetings costs the same statements for 10 meetings as for 30 (issue 15: a statement-count
 * test per board; the list used to read each meeting's agenda and place name one meeting at a time). The meetings are
 * those of a made-up agency's departments in the test year 2065, chaired by its head, and are removed after.
 */
@DemoDataTest
class ReviewMeetingsQueryCountTests {

    private static final int YEAR = 2065;
    private static final int DEPARTMENTS = 30;

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    StatementCounter statements;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicReference<List<ReviewMeetingSummary>> last = new AtomicReference<>();
    private ProgressBoardLoad load;

    @AfterEach
    void removeTheLoad() {
        jdbc.update("delete from annual_review_item where meeting_id in (select id from annual_review_meeting"
                + " where review_year = ? and location = 'QMEET')", YEAR);
        jdbc.update("delete from annual_review_meeting where review_year = ? and location = 'QMEET'", YEAR);
        if (load != null) {
            load.remove();
        }
    }

    @Test
    void statementsForTheYearsMeetingsDoNotGrowWithTheirNumber() {
        load = new ProgressBoardLoad(jdbc, "QMEET");
        load.createBody(DEPARTMENTS);
        load.addCadres(1, 3 * DEPARTMENTS, DEPARTMENTS, new Quarter(YEAR, 1));
        Actor chair = actors.cadre(load.headCode(), Role.UNIT_HEAD);
        long chairId = jdbc.queryForObject("select id from org_cadre where code = ?", Long.class, load.headCode());

        holdMeetings(1, 10, chairId);
        int withTen = statementsFor(chair);
        assertThat(last.get()).hasSize(10).allMatch(meeting -> meeting.items() == 3)
                .allMatch(meeting -> meeting.placeName().startsWith("Phòng số "));

        holdMeetings(11, 30, chairId);
        int withThirty = statementsFor(chair);
        assertThat(last.get()).hasSize(30).allMatch(meeting -> meeting.items() == 3);

        assertThat(withThirty).isEqualTo(withTen);
    }

    /** A department meeting of the year for each department, chaired by the agency's head, with three people. */
    private void holdMeetings(int from, int to, long chairId) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int department = from; department <= to; department++) {
            long unit = load.departmentId(department);
            jdbc.update("insert into annual_review_meeting (version, place_unit_id, review_year, kind, status, held_on,"
                    + " location, chair_cadre_id, opened_at, changed_at) values (0, ?, ?, 'DEPARTMENT', 'OPEN', ?,"
                    + " 'QMEET', ?, ?, ?)", unit, YEAR, Date.valueOf(LocalDate.of(YEAR, 12, 10)), chairId, now, now);
            long meeting = jdbc.queryForObject("select id from annual_review_meeting where place_unit_id = ?"
                    + " and review_year = ?", Long.class, unit, YEAR);
            List<Object[]> items = new ArrayList<>();
            List<Long> people = jdbc.queryForList("select a.cadre_id from org_appointment a join org_position p"
                    + " on p.id = a.position_id where p.unit_id = ? order by a.cadre_id", Long.class, unit);
            for (int i = 0; i < 3; i++) {
                items.add(new Object[] {meeting, i + 1, people.get(i), "Cán bộ " + (i + 1)});
            }
            jdbc.batchUpdate("insert into annual_review_item (meeting_id, position_in_agenda, subject_kind,"
                    + " subject_cadre_id, subject_name, title, collective_key, track, status)"
                    + " values (?, ?, 'INDIVIDUAL', ?, ?, 'Chuyên viên', 'QMEET', 'CIVIL_SERVICE', 'PENDING')", items);
        }
    }

    private int statementsFor(Actor actor) {
        return statements.count(() -> last.set(TestActors.runAs(actor, () -> meetings.visible(YEAR))));
    }
}
