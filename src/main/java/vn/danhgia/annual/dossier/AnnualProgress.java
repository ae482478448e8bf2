package vn.danhgia.annual.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;

/**
 * The annual progress board of a unit (seed 003 §II.2, seed 004 §IX): the steps of its annual calendar in the year,
 * what is overdue, and the completeness of its dossiers. The self-reviews step is done when every individual dossier
 * holds its bản kiểm điểm (seed 003 §2.1 a (2)); the dossier steps when the package has been sent upward; the review
 * meetings when every meeting held in the unit or under it (a ward's cells, an office's departments) is closed, and
 * not before one was opened; the key cadres' conference when it is held under the unit and closed, otherwise by its
 * date (a department does not hold it). Beside them, the counts of the other parts (self-reviews, meetings, yearly
 * ratings) in one read of their tables.
 */
@Service
public class AnnualProgress {

    private final AnnualDossierService dossiers;
    private final AnnualUnitCalendars calendars;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AnnualProgress(AnnualDossierService dossiers, AnnualUnitCalendars calendars, OrganizationQueries organization,
                   CurrentActor currentActor, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.calendars = calendars;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public AnnualProgressView of(long unitId, int year) {
        UnitDossiersView unit = dossiers.unitDossiers(unitId, year);
        LocalDate today = LocalDate.now(clock);
        Optional<AnnualCalendarView> calendar = calendars.forUnit(unitId);
        AnnualProgressView.PartCounts parts = parts(unitId, year);
        List<AnnualProgressView.StepProgress> steps = new ArrayList<>();
        for (AnnualDeadline deadline : calendar.map(AnnualCalendarView::steps).orElse(List.of())) {
            LocalDate lastDay = deadline.lastDayInTime(year);
            Boolean done = done(deadline.step(), unit, parts);
            // A step nothing here can tell about is shown by its date, never as overdue.
            boolean overdue = lastDay.isBefore(today) && Boolean.FALSE.equals(done);
            steps.add(new AnnualProgressView.StepProgress(deadline.step(), lastDay, deadline.inclusive(),
                    deadline.addressee(), done, overdue));
        }
        return new AnnualProgressView(unitId, unit.unitName(), year, today,
                calendar.map(AnnualCalendarView::name).orElse(null),
                calendar.flatMap(c -> c.legalBasis(year)).orElse(null), steps, unit.dossiers().size(),
                unit.completeCount(), unit.sent(), parts);
    }

    /**
     * One read of the other parts' tables for the unit and year. Self-reviews and ratings are the unit's own, as the
     * pages they link to list them; the ratings decided are the ones the ratings board counts
     * ({@code YearlyRatingView.counted()}: decided, announced or locked, with a level). Meetings are those held in the
     * unit or under it, the key cadres' conference apart.
     */
    private AnnualProgressView.PartCounts parts(long unitId, int year) {
        return jdbc.queryForObject("""
                with recursive tree (id) as (
                    select id from org_unit where id = ?
                    union all
                    select u.id from tree t join org_unit u on u.parent_id = t.id
                ), held (kind, status) as (
                    select m.kind, m.status from annual_review_meeting m join tree t on t.id = m.place_unit_id
                    where m.review_year = ?
                )
                select
                  (select count(*) from self_review where unit_id = ? and review_year = ? and status = 'SUBMITTED'),
                  (select count(*) from self_review where unit_id = ? and review_year = ?),
                  (select count(*) from held where kind <> 'KEY_CADRES' and status = 'CLOSED'),
                  (select count(*) from held where kind <> 'KEY_CADRES'),
                  (select count(*) from held where kind = 'KEY_CADRES' and status = 'CLOSED'),
                  (select count(*) from held where kind = 'KEY_CADRES'),
                  (select count(*) from yearly_rating where unit_id = ? and rating_year = ?
                     and status in ('DECIDED', 'ANNOUNCED', 'LOCKED') and decided_level is not null),
                  (select count(*) from yearly_rating where unit_id = ? and rating_year = ? and status <> 'CANCELLED')
                """, (rs, row) -> new AnnualProgressView.PartCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
                unitId, year, unitId, year, unitId, year, unitId, year, unitId, year);
    }

    /** The units the signed-in person keeps dossiers for, to choose from on the board. */
    public List<UnitView> unitsToChoose(int year) {
        return dossiers.keptUnits(year);
    }

    private static Boolean done(AnnualStep step, UnitDossiersView unit, AnnualProgressView.PartCounts parts) {
        return switch (step) {
            case SELF_REVIEW -> unit.dossiers().stream()
                    .filter(d -> d.subject().holder() == AnnualDossierItem.Holder.INDIVIDUAL)
                    .noneMatch(d -> d.missing().contains(AnnualDossierItem.SELF_REVIEW));
            case UNIT_DOSSIERS, DOSSIERS_UPWARD, AUTHORISED_RESULTS_UPWARD -> unit.sent();
            case REVIEW_MEETINGS -> parts.meetings() > 0 && parts.meetingsClosed() == parts.meetings();
            case KEY_CADRES_CONFERENCE -> parts.keyCadresConferences() == 0 ? null
                    : parts.keyCadresConferencesClosed() == parts.keyCadresConferences();
            case EMULATION_REGISTRATION, EMULATION_DOSSIERS -> null;
        };
    }

    UnitView unit(long unitId) {
        return organization.unit(new UnitId(unitId)).orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
    }
}
