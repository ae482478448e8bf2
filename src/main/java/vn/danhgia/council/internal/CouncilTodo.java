package vn.danhgia.council.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.RatedQuartersTodo;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The council's share of the to-do list (seed 000 §III.4): councils to set up for a unit whose appraisals are done,
 * for the personnel office or the authority that sets them up, and the open vote of each council a cadre sits on.
 * Only the rated quarters of the last year are looked at ({@link RatedQuartersTodo}).
 */
@Component
class CouncilTodo extends RatedQuartersTodo {

    private final CouncilSeats seats;
    private final JdbcClient jdbc;

    CouncilTodo(CouncilSeats seats, JdbcClient jdbc, SchemeCatalog schemes, Clock clock) {
        super(schemes, clock);
        this.seats = seats;
        this.jdbc = jdbc;
    }

    @Override
    protected List<WorkItem> openWork(Actor actor, LocalDate today, List<Quarter> rated, QuarterSchemes schemes) {
        List<WorkItem> work = new ArrayList<>();
        if (actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.AUTHORITY)) {
            work.addAll(councilsToSetUp(actor, today, rated, schemes));
        }
        actor.cadreId().ifPresent(cadre -> work.addAll(votesToCast(cadre, rated, schemes)));
        return work;
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

    private static int earliest(List<Quarter> rated) {
        Quarter first = rated.get(rated.size() - 1);
        return first.year() * 10 + first.number();
    }
}
