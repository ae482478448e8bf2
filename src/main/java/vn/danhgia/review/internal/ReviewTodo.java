package vn.danhgia.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.review.AnnouncementService;
import vn.danhgia.review.AppraisalService;
import vn.danhgia.review.AwaitingAppraisal;
import vn.danhgia.review.ComplaintService;
import vn.danhgia.review.ComplaintView;
import vn.danhgia.review.DecisionBoard;
import vn.danhgia.review.DecisionService;
import vn.danhgia.review.OwnResult;
import vn.danhgia.review.AppraisalStatus;
import vn.danhgia.review.RatingStatus;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The rating pipeline's share of the to-do list (seed 002 §4 Bước 3–6, seed 000 §III.4), each item read from the
 * service behind the page where it is done, so nobody sees more than that page shows them:
 * <ul>
 *   <li>personnel office: self-assessments to appraise, councils to set up for a unit whose appraisals are done,
 *       units whose decided ratings wait to be announced;</li>
 *   <li>council member: the open vote of each council they sit on;</li>
 *   <li>authority: the appraised cadres they decide for and have not decided yet;</li>
 *   <li>inspection: complaints not answered, not their own, unassigned or assigned to them;</li>
 *   <li>cadre: an announced rating still open to a complaint, until the window's last day.</li>
 * </ul>
 * Only the rated quarters of the last year are looked at (never a quarter the scheme does not rate).
 */
@Component
class ReviewTodo implements TodoSource {

    /** The current quarter and the three before it. */
    private static final int QUARTERS_LOOKED_AT = 4;

    private final AppraisalService appraisals;
    private final DecisionService decisions;
    private final ComplaintService complaints;
    private final AnnouncementService announcements;
    private final CouncilSeats seats;
    private final AccessScopes scopes;
    private final SchemeCatalog schemes;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewTodo(AppraisalService appraisals, DecisionService decisions, ComplaintService complaints,
               AnnouncementService announcements, CouncilSeats seats, AccessScopes scopes, SchemeCatalog schemes,
               JdbcClient jdbc, Clock clock) {
        this.appraisals = appraisals;
        this.decisions = decisions;
        this.complaints = complaints;
        this.announcements = announcements;
        this.seats = seats;
        this.scopes = scopes;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        QuarterSchemes schemes = new QuarterSchemes(this.schemes);
        List<Quarter> rated = ratedQuarters(today, schemes);
        List<WorkItem> work = new ArrayList<>();
        if (rated.isEmpty()) {
            return work;
        }
        if (actor.has(Role.PERSONNEL_OFFICER)) {
            work.addAll(toAppraise(rated, schemes));
            work.addAll(toAnnounce(actor, today, rated));
        }
        if (actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY)) {
            work.addAll(councilsToSetUp(actor, today, rated, schemes));
        }
        actor.cadreId().ifPresent(cadre -> work.addAll(votesToCast(cadre, rated, schemes)));
        if (actor.has(Role.AUTHORITY)) {
            rated.forEach(quarter -> work.addAll(toDecide(quarter, schemes)));
        }
        if (actor.has(Role.INSPECTION)) {
            work.addAll(complaintsToAnswer(actor));
        }
        if (actor.cadreId().isPresent()) {
            work.addAll(complaintWindows(actor, today));
        }
        return work;
    }

    private static List<Quarter> ratedQuarters(LocalDate today, QuarterSchemes schemes) {
        List<Quarter> rated = new ArrayList<>();
        Quarter quarter = Quarter.containing(today);
        for (int i = 0; i < QUARTERS_LOOKED_AT; i++, quarter = quarter.previous()) {
            if (schemes.rates(quarter)) {
                rated.add(quarter);
            }
        }
        return rated;
    }

    private List<WorkItem> toAppraise(List<Quarter> rated, QuarterSchemes schemes) {
        return appraisals.awaiting().stream().filter(awaiting -> rated.contains(awaiting.quarter()))
                .map((AwaitingAppraisal awaiting) -> new WorkItem("review.todo.appraise", awaiting.cadreName(),
                        awaiting.quarter().year(), awaiting.quarter().number(),
                        schemes.lastDayInTime(DeadlineStep.APPRAISAL, awaiting.quarter()),
                        awaiting.appraisalId() == null ? "/review/appraisals"
                                : "/review/appraisals/" + awaiting.appraisalId()))
                .toList();
    }

    /** Units the office serves with decided ratings and none still proposed: the announcement can be made. */
    private List<WorkItem> toAnnounce(Actor actor, LocalDate today, List<Quarter> rated) {
        Set<Long> served = scopes.of(actor, today).served().stream().map(UnitId::value).collect(Collectors.toSet());
        if (served.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.id, u.name, qr.period_year, qr.period_quarter from quarter_rating qr
                        join org_unit u on u.id = qr.unit_id
                        where qr.unit_id in (:units) and qr.status = 'DECIDED'
                          and qr.period_year * 10 + qr.period_quarter >= :from
                          and not exists (select 1 from quarter_rating open_rating
                                          where open_rating.unit_id = qr.unit_id
                                            and open_rating.period_year = qr.period_year
                                            and open_rating.period_quarter = qr.period_quarter
                                            and open_rating.status in ('PROPOSED', 'PROPOSED_UPWARD'))
                        group by u.id, u.name, qr.period_year, qr.period_quarter""")
                .param("units", served).param("from", earliest(rated))
                .query((rs, row) -> new WorkItem("review.todo.announce", rs.getString(2), rs.getInt(3), rs.getInt(4),
                        null, "/review/announcements/%d/%d/%d".formatted(rs.getLong(1), rs.getInt(3), rs.getInt(4))))
                .list().stream().filter(item -> rated.contains(new Quarter(item.year(), item.quarter()))).toList();
    }

    /**
     * Units the person sets councils up for, with an appraised cadre not yet decided in a quarter that has no council
     * yet: the council votes before the decision (seed 000 §III.4).
     */
    private List<WorkItem> councilsToSetUp(Actor actor, LocalDate today, List<Quarter> rated,
                                           QuarterSchemes schemes) {
        Set<Long> units = seats.setUpBy(actor, today, today).stream().map(UnitId::value).collect(Collectors.toSet());
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct u.id, u.name, sa.period_year, sa.period_quarter from self_assessment sa
                        join appraisal ap on ap.self_assessment_id = sa.id and ap.status = 'COMPLETED'
                        join org_unit u on u.id = sa.unit_id
                        where sa.unit_id in (:units) and sa.period_year * 10 + sa.period_quarter >= :from
                          and not exists (select 1 from council co where co.unit_id = sa.unit_id
                                          and co.period_year = sa.period_year
                                          and co.period_quarter = sa.period_quarter)
                          and not exists (select 1 from quarter_rating qr where qr.live_cadre_id = sa.cadre_id
                                          and qr.period_year = sa.period_year
                                          and qr.period_quarter = sa.period_quarter
                                          and qr.status in ('DECIDED', 'PROPOSED_UPWARD', 'ANNOUNCED'))""")
                .param("units", units).param("from", earliest(rated))
                .query((rs, row) -> new WorkItem("review.todo.setUpCouncil", rs.getString(2), rs.getInt(3),
                        rs.getInt(4), schemes.lastDayInTime(DeadlineStep.VOTE, new Quarter(rs.getInt(3), rs.getInt(4))),
                        "/review/councils/new"))
                .list().stream().filter(item -> rated.contains(new Quarter(item.year(), item.quarter()))).toList();
    }

    /** Open vote sessions of the councils the person sits on where they have not voted yet. */
    private List<WorkItem> votesToCast(long cadre, List<Quarter> rated, QuarterSchemes schemes) {
        return jdbc.sql("""
                        select co.id, u.name, co.period_year, co.period_quarter from council co
                        join council_member m on m.council_id = co.id and m.cadre_id = :cadre
                        join vote_session vs on vs.council_id = co.id and vs.status = 'OPEN'
                        join org_unit u on u.id = co.unit_id
                        where co.period_year * 10 + co.period_quarter >= :from
                          and not exists (select 1 from vote v where v.session_id = vs.id
                                          and v.voter_cadre_id = :cadre)""")
                .param("cadre", cadre).param("from", earliest(rated))
                .query((rs, row) -> new WorkItem("review.todo.vote", rs.getString(2), rs.getInt(3), rs.getInt(4),
                        schemes.lastDayInTime(DeadlineStep.VOTE, new Quarter(rs.getInt(3), rs.getInt(4))),
                        "/review/councils/" + rs.getLong(1)))
                .list().stream().filter(item -> rated.contains(new Quarter(item.year(), item.quarter()))).toList();
    }

    /** The decision board's appraised cadres the person decides for, not decided yet. */
    private List<WorkItem> toDecide(Quarter quarter, QuarterSchemes schemes) {
        DecisionBoard board = decisions.board(quarter);
        return board.groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.canDecide() && row.appraisalStatus() == AppraisalStatus.COMPLETED
                        && (row.rating() == null || row.rating().status() == RatingStatus.PROPOSED))
                .map(row -> new WorkItem("review.todo.decide", row.name(), quarter.year(), quarter.number(),
                        schemes.lastDayInTime(DeadlineStep.DECISION, quarter),
                        "/review/decisions?year=%d&quarter=%d".formatted(quarter.year(), quarter.number())))
                .toList();
    }

    private List<WorkItem> complaintsToAnswer(Actor actor) {
        return complaints.visible().stream()
                .filter(complaint -> !complaint.status().answered() && !actor.isCadre(complaint.cadreId())
                        && (complaint.assignedCadreId() == null || actor.isCadre(complaint.assignedCadreId())))
                .map((ComplaintView complaint) -> new WorkItem("review.todo.answerComplaint", complaint.cadreName(),
                        complaint.year(), complaint.quarter(), null, "/review/complaints/" + complaint.id()))
                .toList();
    }

    private List<WorkItem> complaintWindows(Actor actor, LocalDate today) {
        return announcements.myResults().stream().filter(OwnResult::mayComplain)
                .filter(result -> result.lastComplaintDay() == null || !result.lastComplaintDay().isBefore(today))
                .map(result -> new WorkItem("review.todo.complaintWindow", actor.displayName(), result.year(),
                        result.quarter(), result.lastComplaintDay(), "/review/results"))
                .toList();
    }

    private static int earliest(List<Quarter> rated) {
        Quarter first = rated.get(rated.size() - 1);
        return first.year() * 10 + first.number();
    }
}
