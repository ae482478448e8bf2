package vn.danhgia.reporting.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.reporting.CustomPlans;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.reporting.UnitTrees;
import vn.danhgia.reporting.progress.ProgressBoardSql.Counts;
import vn.danhgia.reporting.progress.ProgressBoardSql.Criteria;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The quarterly progress board (bảng theo dõi tiến độ): who has a plan, an approved plan and a submitted
 * self-assessment, and who is late. The personnel office sees the units its office serves, a unit head the units they
 * lead and those below, an authority the people in its management scope; a plain cadre has no board.
 * <p>
 * Late (seed 002 §4 Bước 1: plan "chậm nhất đến ngày 25 tháng cuối của quý trước"; seed 002 Mẫu 03 and seed 000
 * §III.4 for the self-assessment): nothing submitted (or approved) and the deadline has passed, or submitted on a day
 * after the deadline, that day taken in Vietnam. A scheme without a deadline for a step marks nobody late for it.
 */
@Service
@Transactional(readOnly = true)
public class ProgressBoardService {

    private static final Set<Role> BOARD_ROLES = Set.of(Role.UNIT_HEAD, Role.PERSONNEL_OFFICER, Role.AUTHORITY);

    private final AccessScopes scopes;
    private final SchemeCatalog schemes;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final DefaultPeriod defaultPeriod;
    private final ProgressBoardSql sql;
    private final UnitTrees units;
    private final CustomPlans plans;

    ProgressBoardService(AccessScopes scopes, SchemeCatalog schemes, CurrentActor currentActor, Clock clock,
                         ProgressBoardSql sql, UnitTrees units, CustomPlans plans,
                         DefaultPeriod defaultPeriod) {
        this.scopes = scopes;
        this.schemes = schemes;
        this.currentActor = currentActor;
        this.defaultPeriod = defaultPeriod;
        this.clock = clock;
        this.sql = sql;
        this.units = units;
        this.plans = plans;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Quarter currentQuarter() {
        return Quarter.containing(today());
    }

    /** The quarter shown when the reader chose none: the one with their work in it, never an unrated one. */
    public Quarter defaultQuarter() {
        return defaultPeriod.forReader();
    }

    /** One page of the board for the signed-in person; refuses people who have no board. */
    public ProgressBoard board(ProgressFilter filter) {
        Actor actor = actorWithBoard();
        LocalDate today = today();
        AccessScope scope = scopes.of(actor, today);
        Quarter quarter = filter.quarter();
        // People are placed by the positions they hold at the end of the quarter, or today while it runs.
        LocalDate postedOn = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();

        UnitTree tree = units.read();
        Set<Long> visible = new HashSet<>();
        scope.visibleUnits().forEach(unit -> visible.add(unit.value()));
        Set<Long> filterUnits = Set.of();
        if (filter.unitId() != null) {
            List<FieldViolation> violations = ReportScopes.checkUnit(filter.unitId(), tree);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            filterUnits = tree.subtree(filter.unitId());
            visible.retainAll(filterUnits);
        }
        Set<Long> managed = new HashSet<>();
        scope.managed().forEach(cadre -> managed.add(cadre.value()));

        Optional<EvaluationSchemeView> scheme = schemes.inForce(quarter.firstDay());
        Optional<LocalDate> planDeadline = scheme.flatMap(s -> s.lastDayInTime(DeadlineStep.PLAN, quarter));
        Optional<LocalDate> assessmentDeadline = scheme.flatMap(
                s -> s.lastDayInTime(DeadlineStep.SELF_ASSESSMENT, quarter));
        String search = VietnameseText.searchKey(filter.search());

        ZoneId zone = clock.getZone();
        Criteria criteria = new Criteria(quarter.year(), quarter.number(), postedOn, visible, managed, filterUnits,
                filter.unitId() == null, search.isEmpty() ? null : "%" + escapeLike(search) + "%",
                planDeadline.map(today::isAfter).orElse(false), QuarterRecordsSql.cutoff(planDeadline, zone),
                assessmentDeadline.map(today::isAfter).orElse(false),
                QuarterRecordsSql.cutoff(assessmentDeadline, zone),
                filter.status(), clock.instant().atZone(zone).toOffsetDateTime());
        plans.forTheRestOfTheTransaction();
        Counts counts = sql.counts(criteria);
        List<ProgressRow> rows = counts.matching() == 0 ? List.of()
                : sql.page(criteria, filter.offset(), ProgressFilter.PAGE_SIZE, zone);
        return new ProgressBoard(filter, today, scheme.map(EvaluationSchemeView::code).orElse(null),
                scheme.map(EvaluationSchemeView::name).orElse(null), planDeadline.orElse(null),
                assessmentDeadline.orElse(null), rows, counts.all(), counts.byStatus(), counts.matching(),
                options(tree, scope));
    }

    /** The units the signed-in person may narrow the board to, in tree order: the page's filter, loaded when opened. */
    public List<UnitOption> unitOptions() {
        return options(units.read(), scopes.of(actorWithBoard(), today()));
    }

    private static List<UnitOption> options(UnitTree tree, AccessScope scope) {
        return tree.options(scope.visibleUnits().stream().map(UnitId::value).collect(HashSet::new, Set::add,
                Set::addAll));
    }

    private Actor actorWithBoard() {
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(BOARD_ROLES::contains)) {
            throw new AccessRefusedException("reporting.progress.refused");
        }
        return actor;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
