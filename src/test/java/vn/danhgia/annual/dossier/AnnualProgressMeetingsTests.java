package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.scheme.AnnualStep;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The meeting steps of /annual/progress read the meetings held in the unit and under it (issue 13 §6: the deadlines
 * "driving the progress board"): seed 004 §IX "Các chi bộ … tổ chức hội nghị kiểm điểm … trước ngày 26/11" is done in
 * the ward's cells, and seed 003 §2.3's key cadres' conference at the office's leadership. The year 2004 belongs to
 * this class; its meetings are written straight into the table, as only their place, kind and status count here.
 */
@DemoDataTest
class AnnualProgressMeetingsTests {

    private static final int YEAR = 2004;

    @Autowired
    AnnualProgress progress;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    private LocalDate dayBefore;
    private Actor admin;

    @BeforeEach
    void setUp() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        admin = actors.account("admin");
        clean();
    }

    @AfterEach
    void tearDown() {
        clean();
        clock.setDate(dayBefore);
    }

    @Test
    void theWardsMeetingsStepIsDoneOnlyWhenEveryCellsMeetingIsClosed() {
        long ward = unit("P-NN");
        AnnualProgressView none = view(ward);
        assertThat(none.parts().meetings()).isZero();
        assertThat(step(none, AnnualStep.REVIEW_MEETINGS).done()).isFalse();
        // Seed 004 §IX: "trước ngày 26/11" has passed on 10/12 with no meeting held.
        assertThat(step(none, AnnualStep.REVIEW_MEETINGS).overdue()).isTrue();

        meeting("DB-NN.TDP1", "PARTY_CELL", "CLOSED");
        long openOne = meeting("DB-NN.CA", "PARTY_CELL", "OPEN");
        AnnualProgressView half = view(ward);
        assertThat(half.parts().meetings()).isEqualTo(2);
        assertThat(half.parts().meetingsClosed()).isEqualTo(1);
        assertThat(step(half, AnnualStep.REVIEW_MEETINGS).done()).isFalse();
        assertThat(step(half, AnnualStep.REVIEW_MEETINGS).overdue()).isTrue();

        jdbc.update("update annual_review_meeting set status = 'CLOSED' where id = ?", openOne);
        AnnualProgressView all = view(ward);
        assertThat(all.parts().meetingsClosed()).isEqualTo(2);
        assertThat(step(all, AnnualStep.REVIEW_MEETINGS).done()).isTrue();
        assertThat(step(all, AnnualStep.REVIEW_MEETINGS).overdue()).isFalse();
        // A cell counts its own meeting only.
        assertThat(view(unit("DB-NN.TDP1")).parts().meetings()).isEqualTo(1);
    }

    @Test
    void theKeyCadresConferenceIsDoneWhereItIsHeldAndByDateInADepartment() {
        long office = unit("VPUB-NB");
        long department = unit("VPUB-NB.KT");
        assertThat(step(view(department), AnnualStep.KEY_CADRES_CONFERENCE).done()).isNull();
        assertThat(step(view(office), AnnualStep.KEY_CADRES_CONFERENCE).done()).isNull();

        long conference = meeting("VPUB-NB.LD", "KEY_CADRES", "OPEN");
        meeting("VPUB-NB.KT", "DEPARTMENT", "CLOSED");
        AnnualProgressView open = view(office);
        assertThat(step(open, AnnualStep.KEY_CADRES_CONFERENCE).done()).isFalse();
        // The conference is not one of the review meetings counted beside the steps.
        assertThat(open.parts().meetings()).isEqualTo(1);
        assertThat(step(open, AnnualStep.REVIEW_MEETINGS).done()).isTrue();
        assertThat(step(view(department), AnnualStep.KEY_CADRES_CONFERENCE).done()).isNull();

        jdbc.update("update annual_review_meeting set status = 'CLOSED' where id = ?", conference);
        assertThat(step(view(office), AnnualStep.KEY_CADRES_CONFERENCE).done()).isTrue();
    }

    private AnnualProgressView view(long unitId) {
        return TestActors.runAs(admin, () -> progress.of(unitId, YEAR));
    }

    private static AnnualProgressView.StepProgress step(AnnualProgressView view, AnnualStep step) {
        Map<AnnualStep, AnnualProgressView.StepProgress> steps = view.steps().stream()
                .collect(Collectors.toMap(AnnualProgressView.StepProgress::step, s -> s));
        assertThat(steps).containsKey(step);
        return steps.get(step);
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    private long meeting(String placeCode, String kind, String status) {
        jdbc.update("""
                insert into annual_review_meeting (version, place_unit_id, review_year, kind, status, held_on, location,
                    opened_at, changed_at)
                values (0, ?, ?, ?, ?, ?, 'Hội trường', current_timestamp, current_timestamp)""",
                unit(placeCode), YEAR, kind, status, LocalDate.of(YEAR, 11, 20));
        return jdbc.queryForObject("select id from annual_review_meeting where place_unit_id = ? and review_year = ?"
                + " and kind = ?", Long.class, unit(placeCode), YEAR, kind);
    }

    private void clean() {
        jdbc.update("delete from annual_review_meeting where review_year = ?", YEAR);
    }
}
