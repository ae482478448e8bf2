package vn.danhgia.annual.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.rules.annual.AnnualDossierChecklist.Entry;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualStep;

/**
 * The year-end dossiers on the to-do list, from {@value #WINDOW_DAYS} days before the calendar's step until the year
 * ends: a cadre's own self-review (seed 003 §2.1 a (2), due by the calendar's self-review step or, without one, its
 * review meetings), and for personnel officers and unit heads each unit they keep with people in post whose package
 * has not been sent (due by the calendar's dossier step). Items of the whole year carry quarter 0.
 */
@Component
class AnnualDossierTodo implements TodoSource {

    static final int WINDOW_DAYS = 30;

    private final AnnualDossierRepository dossiers;
    private final DossierEntryRepository entries;
    private final DossierPackageRepository packages;
    private final AnnualUnitCalendars calendars;
    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final Clock clock;

    AnnualDossierTodo(AnnualDossierRepository dossiers, DossierEntryRepository entries,
                      DossierPackageRepository packages, AnnualUnitCalendars calendars, AccessScopes scopes,
                      OrganizationQueries organization, Clock clock) {
        this.dossiers = dossiers;
        this.entries = entries;
        this.packages = packages;
        this.calendars = calendars;
        this.scopes = scopes;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<WorkItem> work = new ArrayList<>();
        actor.cadreId().ifPresent(cadre -> ownSelfReview(cadre, actor, today, year).ifPresent(work::add));
        if (actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.UNIT_HEAD)) {
            work.addAll(unsentPackages(scopes.of(actor, today).visibleUnits(), today, year));
        }
        return work;
    }

    /**
     * The kept units with people in post whose package is not sent, near its due day: a fixed number of reads however
     * many units a personnel office keeps, and one small read most of the year, when no calendar's day is near.
     */
    private List<WorkItem> unsentPackages(Set<UnitId> kept, LocalDate today, int year) {
        List<AnnualCalendarView> all = calendars.all();
        boolean anyDueSoon = all.stream().map(calendar -> packagesDue(calendar, year)).flatMap(Optional::stream)
                .anyMatch(due -> inWindow(due, today));
        if (kept.isEmpty() || !anyDueSoon) {
            return List.of();
        }
        Set<Long> staffed = new TreeSet<>();
        for (CadreWithPosition post : organization.cadresWithPositionsIn(kept, today)) {
            staffed.add(post.unitId().value());
        }
        if (staffed.isEmpty()) {
            return List.of();
        }
        staffed.removeAll(packages.unitsThatSent(year, staffed));
        Map<UnitId, List<UnitView>> unitsWithParents = organization.unitsWithParents(
                staffed.stream().map(UnitId::new).toList());
        List<WorkItem> work = new ArrayList<>();
        for (Long unitId : staffed) {
            List<UnitView> unitAndParents = unitsWithParents.get(new UnitId(unitId));
            Optional<LocalDate> due = AnnualUnitCalendars.chosen(all, unitAndParents)
                    .flatMap(calendar -> packagesDue(calendar, year));
            if (due.isPresent() && inWindow(due.get(), today)) {
                work.add(WorkItem.ofYear("annual.todo.send-dossiers", unitAndParents.get(0).name(), year, due.get(),
                        "/annual/dossiers?unit=" + unitId + "&year=" + year));
            }
        }
        return work;
    }

    /** The day a unit's year-end package is due: the calendar's dossier step, or else its sending upward. */
    private static Optional<LocalDate> packagesDue(AnnualCalendarView calendar, int year) {
        return calendar.lastDayInTime(AnnualStep.UNIT_DOSSIERS, year)
                .or(() -> calendar.lastDayInTime(AnnualStep.DOSSIERS_UPWARD, year));
    }

    private Optional<WorkItem> ownSelfReview(long cadre, Actor actor, LocalDate today, int year) {
        List<CadrePost> posts = scopes.postsOf(new CadreId(cadre), today);
        if (posts.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> due = calendars.forUnit(posts.get(0).unit().value())
                .flatMap(c -> c.lastDayInTime(AnnualStep.SELF_REVIEW, year)
                        .or(() -> c.lastDayInTime(AnnualStep.REVIEW_MEETINGS, year)));
        if (due.isEmpty() || !inWindow(due.get(), today)) {
            return Optional.empty();
        }
        boolean done = dossiers.findByHolderAndSubjectIdAndYear(Holder.INDIVIDUAL, cadre, year)
                .map(dossier -> entries.findByDossierIdInOrderByIdAsc(List.of(dossier.getId())).stream()
                        .anyMatch(e -> e.item() == AnnualDossierItem.SELF_REVIEW && e.kind() == Entry.UPLOADED))
                .orElse(false);
        return done ? Optional.empty() : Optional.of(WorkItem.ofYear("annual.todo.self-review", actor.displayName(),
                year, due.get(), "/annual/dossiers/cadre-" + cadre + "?year=" + year));
    }

    private static boolean inWindow(LocalDate due, LocalDate today) {
        return !today.isBefore(due.minusDays(WINDOW_DAYS)) && today.getYear() == due.getYear();
    }
}
