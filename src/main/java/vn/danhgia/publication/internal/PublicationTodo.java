package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.OwnResult;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.RatedQuartersTodo;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The publication's share of the to-do list (seed 002 §4 Bước 6, seed 000 §IV.4), each item read from the service
 * behind the page where it is done, so nobody sees more than that page shows them:
 * <ul>
 *   <li>personnel office: units whose decided ratings wait to be announced;</li>
 *   <li>inspection: complaints not answered, not their own, unassigned or assigned to them;</li>
 *   <li>cadre: an announced rating still open to a complaint, until the window's last day.</li>
 * </ul>
 * Only the rated quarters of the last year are looked at ({@link RatedQuartersTodo}).
 */
@Component
class PublicationTodo extends RatedQuartersTodo {

    private final ComplaintService complaints;
    private final AnnouncementService announcements;
    private final AccessScopes scopes;
    private final JdbcClient jdbc;

    PublicationTodo(ComplaintService complaints, AnnouncementService announcements, AccessScopes scopes,
                    JdbcClient jdbc, SchemeCatalog schemes, Clock clock) {
        super(schemes, clock);
        this.complaints = complaints;
        this.announcements = announcements;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    protected List<WorkItem> openWork(Actor actor, LocalDate today, List<Quarter> rated, QuarterSchemes schemes) {
        List<WorkItem> work = new ArrayList<>();
        if (actor.has(Role.PERSONNEL_OFFICER)) {
            work.addAll(toAnnounce(actor, today, rated));
        }
        if (actor.has(Role.INSPECTION)) {
            work.addAll(complaintsToAnswer(actor));
        }
        if (actor.cadreId().isPresent()) {
            work.addAll(complaintWindows(actor, today));
        }
        return work;
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
