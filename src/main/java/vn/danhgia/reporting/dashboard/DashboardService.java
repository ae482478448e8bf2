package vn.danhgia.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.CustomPlans;
import vn.danhgia.reporting.LevelCountsSql;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportPeriod;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.reporting.UnitTrees;
import vn.danhgia.reporting.dashboard.Dashboard.BandCount;
import vn.danhgia.reporting.dashboard.Dashboard.LevelRow;
import vn.danhgia.reporting.dashboard.Dashboard.OutlierRow;
import vn.danhgia.reporting.dashboard.Dashboard.StepProgress;
import vn.danhgia.reporting.dashboard.DashboardSql.Criteria;
import vn.danhgia.reporting.dashboard.DashboardSql.StepCounts;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The dashboard (bảng điều hành) a personnel office looks at near a deadline, and the people behind each of its
 * numbers. Who sees what, checked here: the personnel office the units its office serves, a unit head the units they
 * lead and those below, an authority the cadres it manages, the administrator the whole province; anyone else is
 * refused. A chosen unit only narrows that scope, it never widens it. A cadre's ratings count in the unit the rating
 * was made in; the steps count the cadres posted in the scope at the end of the quarter (today while it runs), leaving
 * out those whose rating is deferred to the next quarter (seed 002 §7).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final Set<Role> DASHBOARD_ROLES = Set.of(Role.ADMIN, Role.UNIT_HEAD, Role.PERSONNEL_OFFICER,
            Role.AUTHORITY);

    private final AccessScopes scopes;
    private final SchemeCatalog schemes;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final DefaultPeriod defaultPeriod;
    private final UnitTrees units;
    private final DashboardSql sql;
    private final DashboardStepsCache keptSteps;
    private final LevelCountsSql levelCounts;
    private final CustomPlans plans;

    DashboardService(AccessScopes scopes, SchemeCatalog schemes, CurrentActor currentActor, Clock clock,
                     UnitTrees units, DashboardSql sql, DashboardStepsCache keptSteps,
                     LevelCountsSql levelCounts, CustomPlans plans, DefaultPeriod defaultPeriod) {
        this.scopes = scopes;
        this.schemes = schemes;
        this.currentActor = currentActor;
        this.defaultPeriod = defaultPeriod;
        this.clock = clock;
        this.units = units;
        this.sql = sql;
        this.keptSteps = keptSteps;
        this.levelCounts = levelCounts;
        this.plans = plans;
    }

    public Quarter currentQuarter() {
        return Quarter.containing(LocalDate.now(clock));
    }

    /** The quarter shown when the reader chose none: the one with their work in it, never an unrated one. */
    public Quarter defaultQuarter() {
        return defaultPeriod.forReader();
    }

    /**
     * The dashboard of the quarter written {@code 2026-Q3} (blank: the current one), narrowed to a unit if given. The
     * levels, the trend, the score bands and the outlier matrix are read from the figures kept per unit
     * ({@link DashboardFigures}) when the scope is made of units (the administrator, a head, a personnel office); an
     * authority's managed cadres rated outside those units are counted from the source rows. The steps are counted from
     * the source rows and served again while nothing they count has changed ({@link DashboardStepsCache}).
     */
    public Dashboard dashboard(String quarterParameter, Long unit) {
        return dashboard(quarterParameter, unit, false);
    }

    /**
     * The same, every figure counted from the source rows on each call (the dashboard before issue 15): what the kept
     * figures are compared with by the tests, and the benchmark's baseline.
     */
    public Dashboard dashboardFromSourceRows(String quarterParameter, Long unit) {
        return dashboard(quarterParameter, unit, true);
    }

    private Dashboard dashboard(String quarterParameter, Long unit, boolean fromSourceRows) {
        Actor actor = actorWithDashboard();
        plans.forTheRestOfTheTransaction();
        List<FieldViolation> violations = new ArrayList<>();
        Quarter fallback = quarterParameter == null || quarterParameter.isBlank() ? defaultQuarter() : currentQuarter();
        Quarter quarter = QuarterParameter.parse(quarterParameter, fallback, violations);
        UnitTree tree = units.read();
        checkUnit(unit, tree, violations);
        LocalDate today = LocalDate.now(clock);
        Optional<EvaluationSchemeView> scheme = schemes.inForce(quarter.firstDay());
        Map<DashboardStep, LocalDate> deadlines = new EnumMap<>(DashboardStep.class);
        for (DashboardStep step : DashboardStep.values()) {
            if (step.deadline() != null) {
                scheme.flatMap(s -> s.lastDayInTime(step.deadline(), quarter))
                        .ifPresent(day -> deadlines.put(step, day));
            }
        }
        Visible visible = visible(actor, today);
        Criteria criteria = criteria(quarter, today, visible, unit == null ? Set.of() : tree.subtree(unit), unit,
                deadlines);

        StepCounts counts = fromSourceRows ? sql.steps(criteria) : keptSteps.steps(criteria);
        boolean plansNeeded = scheme.map(s -> !s.listsTasksDirectly(quarter)).orElse(true);
        List<StepProgress> steps = new ArrayList<>();
        for (DashboardStep step : DashboardStep.values()) {
            if (step.needsPlan() && !plansNeeded) {
                continue;
            }
            LocalDate deadline = deadlines.get(step);
            Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
            long done = counts.done().get(step);
            steps.add(new StepProgress(step, deadline, daysLeft, done, counts.doneLate().get(step),
                    counts.people() - done));
        }
        Set<Long> seen = visible.wholeProvince() ? tree.allUnits() : visible.units();
        boolean kept = !fromSourceRows && criteria.unitsOnly();
        List<DashboardSql.UnitOutlierCount> keptRatings = kept ? sql.keptOutliersPerUnit(criteria) : null;
        List<LevelRow> unitBars = levelsByUnit(criteria, Bars.of(unit, seen, tree), tree, keptRatings);
        List<UnitOption> unitOptions = tree.options(seen);
        return new Dashboard(quarter, unit, today, scheme.map(EvaluationSchemeView::name).orElse(null),
                scheme.map(s -> s.rates(quarter)).orElse(true), counts.people(), counts.deferred(), steps,
                unitBars.size(), largest(unitBars), levelsByQuarter(criteria, quarter, unit, kept),
                scoreBands(criteria, kept), outliers(keptRatings == null ? sql.outliers(criteria)
                        : keptRatings.stream().map(DashboardSql.UnitOutlierCount::count).toList()), unitOptions);
    }

    /** The units the reader may narrow the dashboard to, in tree order: the page's filter, loaded when opened. */
    public List<UnitOption> unitOptions() {
        Actor actor = actorWithDashboard();
        UnitTree tree = units.read();
        Visible visible = visible(actor, LocalDate.now(clock));
        return tree.options(visible.wholeProvince() ? tree.allUnits() : visible.units());
    }

    /** The people behind one number of the dashboard, in Vietnamese name order. */
    public DashboardPeople people(DashboardSlice slice) {
        Actor actor = actorWithDashboard();
        UnitTree tree = units.read();
        List<FieldViolation> violations = new ArrayList<>();
        checkUnit(slice.unitId(), tree, violations);
        LocalDate today = LocalDate.now(clock);
        Quarter quarter = slice.quarter();
        Map<DashboardStep, LocalDate> noDeadlines = Map.of();
        Set<Long> filterUnits = slice.unitId() == null ? Set.of()
                : slice.unitOnly() ? Set.of(slice.unitId()) : tree.subtree(slice.unitId());
        Criteria criteria = criteria(quarter, today, visible(actor, today), filterUnits, slice.unitId(),
                noDeadlines);
        plans.forTheRestOfTheTransaction();
        List<DashboardSql.PersonRow> rows = sql.people(criteria, slice.population(), slice.condition(),
                slice.parameters(), DashboardPeople.LIMIT);
        return new DashboardPeople(slice, slice.unitId() == null ? null : tree.name(slice.unitId()),
                rows.stream().map(DashboardSql.PersonRow::person).toList(),
                rows.isEmpty() ? 0 : rows.get(0).matching());
    }

    private Actor actorWithDashboard() {
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(DASHBOARD_ROLES::contains)) {
            throw new AccessRefusedException("dashboard.refused");
        }
        return actor;
    }

    private static void checkUnit(Long unit, UnitTree tree, List<FieldViolation> violations) {
        violations.addAll(ReportScopes.checkUnit(unit, tree));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The units the person sees and the cadres they manage; the administrator sees the whole province. */
    private record Visible(boolean wholeProvince, Set<Long> units, Set<Long> managed) {
    }

    private Visible visible(Actor actor, LocalDate today) {
        if (actor.roles().contains(Role.ADMIN)) {
            // The flag alone opens every record: a list of every unit would be compared row by row on H2.
            return new Visible(true, Set.of(), Set.of());
        }
        AccessScope scope = scopes.of(actor, today);
        Set<Long> seen = new HashSet<>();
        scope.visibleUnits().forEach(id -> seen.add(id.value()));
        Set<Long> managed = new HashSet<>();
        scope.managed().forEach(id -> managed.add(id.value()));
        return new Visible(false, seen, managed);
    }

    private Criteria criteria(Quarter quarter, LocalDate today, Visible visible, Set<Long> filterUnits, Long unit,
                              Map<DashboardStep, LocalDate> deadlines) {
        LocalDate postedOn = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
        Map<DashboardStep, OffsetDateTime> cutoffs = new EnumMap<>(DashboardStep.class);
        for (DashboardStep step : DashboardStep.values()) {
            cutoffs.put(step, QuarterRecordsSql.cutoff(Optional.ofNullable(deadlines.get(step)), clock.getZone()));
        }
        return new Criteria(quarter.year(), quarter.number(), postedOn, visible.wholeProvince(), visible.units(),
                visible.managed(), unit == null, filterUnits, cutoffs);
    }

    /**
     * The bars of the per-unit chart: for each top unit (the chosen unit, or the tops of what the person sees) a bar
     * of its own cadres only and a bar for each unit directly below it, with the units below that.
     */
    private record Bars(Set<Long> tops, List<Long> units) {

        static Bars of(Long unit, Set<Long> seen, UnitTree tree) {
            List<Long> tops = unit != null ? List.of(unit) : tree.tops(seen);
            List<Long> units = new ArrayList<>();
            for (Long top : tops) {
                units.add(top);
                units.addAll(tree.children(top));
            }
            return new Bars(Set.copyOf(tops), units);
        }
    }

    /** The bars from the kept ratings when given (null: counted from the source rows). */
    private List<LevelRow> levelsByUnit(Criteria criteria, Bars bars, UnitTree tree,
                                        List<DashboardSql.UnitOutlierCount> keptRatings) {
        Map<Long, Map<RatingLevel, Long>> byBar = new LinkedHashMap<>();
        bars.units().forEach(bar -> byBar.put(bar, new EnumMap<>(RatingLevel.class)));
        Quarter quarter = new Quarter(criteria.year(), criteria.quarter());
        if (keptRatings != null) {
            for (DashboardSql.UnitOutlierCount rated : keptRatings) {
                add(byBar.computeIfAbsent(barOf(rated.unitId(), bars, tree), b -> new EnumMap<>(RatingLevel.class)),
                        RatingLevel.valueOf(rated.count().decided()), rated.count().count());
            }
            return levelRows(byBar, bars, tree, quarter);
        }
        ReportScope scope = new ReportScope(criteria.wholeProvince(), criteria.units(), criteria.managed(),
                criteria.anyUnit(), criteria.filterUnits(), null);
        levelCounts.perUnit(new ReportPeriod(quarter.year(), quarter.number()), scope, counts -> {
            Map<RatingLevel, Long> bar = byBar.computeIfAbsent(barOf(counts.unitId(), bars, tree),
                    b -> new EnumMap<>(RatingLevel.class));
            add(bar, RatingLevel.EXCELLENT, counts.excellent());
            add(bar, RatingLevel.GOOD, counts.good());
            add(bar, RatingLevel.COMPLETED, counts.completed());
            add(bar, RatingLevel.NOT_COMPLETED, counts.notCompleted());
        });
        return levelRows(byBar, bars, tree, quarter);
    }

    private static List<LevelRow> levelRows(Map<Long, Map<RatingLevel, Long>> byBar, Bars bars, UnitTree tree,
                                            Quarter quarter) {
        List<LevelRow> rows = new ArrayList<>();
        byBar.forEach((bar, counts) -> rows.add(new LevelRow(bar, tree.name(bar), bars.tops().contains(bar), quarter,
                counts)));
        return rows;
    }

    private static void add(Map<RatingLevel, Long> bar, RatingLevel level, long count) {
        if (count > 0) {
            bar.merge(level, count, Long::sum);
        }
    }

    /** A province has hundreds of units one level down: the bars with the most ratings, in tree order. */
    private static List<LevelRow> largest(List<LevelRow> bars) {
        if (bars.size() <= Dashboard.MAX_UNIT_BARS) {
            return bars;
        }
        Set<LevelRow> largest = new HashSet<>(bars.stream()
                .sorted(Comparator.comparingLong(LevelRow::total).reversed())
                .limit(Dashboard.MAX_UNIT_BARS).toList());
        return bars.stream().filter(largest::contains).toList();
    }

    /**
     * The bar a unit's ratings go to: the nearest bar at or above it; a bar of its own when there is none (a managed
     * cadre rated outside the units the person sees).
     */
    private static long barOf(long unit, Bars bars, UnitTree tree) {
        Long current = unit;
        while (current != null) {
            if (bars.units().contains(current)) {
                return current;
            }
            current = tree.parent(current);
        }
        return unit;
    }

    private List<LevelRow> levelsByQuarter(Criteria criteria, Quarter last, Long unit, boolean kept) {
        Quarter first = last;
        for (int i = 1; i < Dashboard.TREND_QUARTERS; i++) {
            first = first.previous();
        }
        Map<Quarter, Map<RatingLevel, Long>> byQuarter = new LinkedHashMap<>();
        for (Quarter quarter = first; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            byQuarter.put(quarter, new EnumMap<>(RatingLevel.class));
        }
        List<DashboardSql.QuarterLevelCount> rated = kept
                ? sql.keptLevelsByQuarter(criteria, first.year(), first.number())
                : sql.levelsByQuarter(criteria, first.year(), first.number());
        for (DashboardSql.QuarterLevelCount count : rated) {
            byQuarter.get(new Quarter(count.year(), count.quarter()))
                    .merge(RatingLevel.valueOf(count.level()), count.count(), Long::sum);
        }
        List<LevelRow> rows = new ArrayList<>();
        byQuarter.forEach((quarter, counts) -> rows.add(new LevelRow(unit, null, false, quarter, counts)));
        return rows;
    }

    private List<BandCount> scoreBands(Criteria criteria, boolean kept) {
        Map<ScoreBand, Long> counts = kept ? sql.keptScoreBands(criteria) : sql.scoreBands(criteria);
        List<BandCount> bands = new ArrayList<>();
        for (ScoreBand band : ScoreBand.values()) {
            bands.add(new BandCount(band, counts.getOrDefault(band, 0L)));
        }
        return bands;
    }

    /** The matrix rows: one per self-proposed level, best first, then "none proposed". */
    private static List<OutlierRow> outliers(List<DashboardSql.OutlierCount> counts) {
        Map<RatingLevel, Map<RatingLevel, Long>> byProposed = new HashMap<>();
        Map<RatingLevel, Long> noneProposed = new EnumMap<>(RatingLevel.class);
        for (DashboardSql.OutlierCount count : counts) {
            Map<RatingLevel, Long> row = count.proposed() == null ? noneProposed
                    : byProposed.computeIfAbsent(RatingLevel.valueOf(count.proposed()),
                            level -> new EnumMap<>(RatingLevel.class));
            row.merge(RatingLevel.valueOf(count.decided()), count.count(), Long::sum);
        }
        List<OutlierRow> rows = new ArrayList<>();
        for (RatingLevel proposed : RatingLevel.values()) {
            rows.add(new OutlierRow(proposed, byProposed.getOrDefault(proposed, Map.of())));
        }
        rows.add(new OutlierRow(null, noneProposed));
        return rows;
    }
}
