package vn.danhgia.annual.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;

/**
 * The yearly ratings on the to-do list (issue 13 §7), for this year and the last (a year is rated in December and
 * announced, complained about and locked into January):
 * <ul>
 *   <li>a rated person: each announced rating while a complaint is in time, until the window's last day;</li>
 *   <li>the annual authority: each rating it decides (seed 003 §II.1, seed 004 §V) not decided yet, and each unit's
 *   year it may lock: announced, every complaint window passed. Only units whose board the person may open.</li>
 * </ul>
 * Open complaints are not looked at: the board says why a lock is refused while one is unanswered.
 */
@Component
class YearlyRatingTodo implements TodoSource {

    private final YearlyRatingRepository ratings;
    private final YearlyRaters raters;
    private final AccessScopes access;
    private final OrganizationQueries organization;
    private final YearlyComplaintWindows windows;
    private final Clock clock;

    YearlyRatingTodo(YearlyRatingRepository ratings, YearlyRaters raters, AccessScopes access,
                     OrganizationQueries organization, YearlyComplaintWindows windows, Clock clock) {
        this.ratings = ratings;
        this.raters = raters;
        this.access = access;
        this.organization = organization;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<Integer> years = List.of(today.getYear() - 1, today.getYear());
        List<WorkItem> work = new ArrayList<>();
        actor.cadreId().ifPresent(cadre -> work.addAll(complaintWindows(actor, cadre, today)));
        if (actor.has(Role.AUTHORITY) && actor.cadreId().isPresent()) {
            work.addAll(authorityWork(actor, years, today));
        }
        return work;
    }

    private List<WorkItem> complaintWindows(Actor actor, long cadre, LocalDate today) {
        List<WorkItem> work = new ArrayList<>();
        List<YearlyRating> own = ratings.ofCadre(cadre);
        Map<Long, LocalDate> lastDays = windows.lastDays(own);
        for (YearlyRating rating : own) {
            if (rating.status() != RatingStatus.ANNOUNCED) {
                continue;
            }
            LocalDate last = lastDays.get(rating.id());
            if (!today.isAfter(last)) {
                work.add(WorkItem.ofYear("annual.todo.complain." + rating.track().name(), actor.displayName(),
                        rating.year(), last, "/annual/history/" + cadre));
            }
        }
        return work;
    }

    private List<WorkItem> authorityWork(Actor actor, List<Integer> years, LocalDate today) {
        Set<UnitId> visible = access.of(actor, today).visibleUnits();
        Map<Long, Boolean> aboveUnit = new HashMap<>();
        List<YearlyRating> open = ratings.inStatus(years, List.of(RatingStatus.GATHERED,
                RatingStatus.PROPOSED, RatingStatus.ANNOUNCED)).stream()
                .filter(rating -> visible.contains(new UnitId(rating.unitId()))
                        || aboveUnit.computeIfAbsent(rating.unitId(), unit -> raters.decidesForUnit(actor, unit)))
                .toList();
        Map<Long, String> names = new HashMap<>();
        organization.cadres(open.stream().map(YearlyRating::cadreId).filter(java.util.Objects::nonNull).distinct()
                .map(CadreId::new).toList()).forEach(cadre -> names.put(cadre.id().value(), cadre.fullName()));
        Set<Long> decided = raters.decidedBy(actor, open.stream()
                .filter(rating -> rating.status() != RatingStatus.ANNOUNCED).toList(), raters.actingFor(actor));
        List<WorkItem> work = new ArrayList<>();
        Map<String, Boolean> lockable = new LinkedHashMap<>();
        Map<Long, LocalDate> lastDays = windows.lastDays(open);
        for (YearlyRating rating : open) {
            String unitYear = rating.unitId() + ":" + rating.year();
            if (rating.status() == RatingStatus.ANNOUNCED) {
                boolean windowPassed = today.isAfter(lastDays.get(rating.id()));
                lockable.merge(unitYear, windowPassed, Boolean::logicalAnd);
            } else if (decided.contains(rating.id())) {
                String subject = rating.cadreId() == null ? unitName(rating.unitId())
                        : names.getOrDefault(rating.cadreId(), "");
                work.add(WorkItem.ofYear("annual.todo.decide." + rating.track().name(), subject, rating.year(), null,
                        board(rating.unitId(), rating.year())));
            }
        }
        lockable.forEach((unitYear, mayLock) -> {
            long unit = Long.parseLong(unitYear.substring(0, unitYear.indexOf(':')));
            int year = Integer.parseInt(unitYear.substring(unitYear.indexOf(':') + 1));
            if (mayLock && aboveUnit.computeIfAbsent(unit, id -> raters.decidesForUnit(actor, id))) {
                work.add(WorkItem.ofYear("annual.todo.lock", unitName(unit), year, null, board(unit, year)));
            }
        });
        return work;
    }

    private String unitName(long unitId) {
        return organization.unit(new UnitId(unitId)).map(UnitView::name).orElse("");
    }

    private static String board(long unitId, int year) {
        return "/annual/ratings?unit=" + unitId + "&year=" + year;
    }
}
