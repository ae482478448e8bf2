package vn.danhgia.reporting.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportSql;
import vn.danhgia.scheme.DeadlineStep;

/**
 * The dashboard's SQL, aggregated in the database (GROUP BY) so a page costs the same statements for forty cadres as
 * for twenty thousand: the steps of the quarter, the levels over the last quarters, the score bands, and self-proposed
 * against decided levels; plus one for the people behind a number. The decided levels per unit are
 * {@link vn.danhgia.reporting.LevelCountsSql}'s, shared with the consolidated reports.
 * <p>
 * Who is counted: ratings and self-assessments of the units the person sees and of the cadres they manage (the
 * administrator: the whole province), narrowed to the chosen unit's subtree; for the steps, the cadres posted in
 * those units on the day, as on the progress board. Works on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class DashboardSql {

    /** Who and which quarter a statement covers; cutoffs are the first instants that are late, per step. */
    record Criteria(int year, int quarter, LocalDate postedOn, boolean wholeProvince, Collection<Long> units,
                    Collection<Long> managed, boolean anyUnit, Collection<Long> filterUnits,
                    Map<DashboardStep, OffsetDateTime> cutoffs) {

        /** Sets, copied: a criteria is the key of kept steps ({@link DashboardStepsCache}). */
        Criteria {
            units = Set.copyOf(units);
            managed = Set.copyOf(managed);
            filterUnits = Set.copyOf(filterUnits);
            cutoffs = new EnumMap<>(cutoffs);
        }

        /** Whether the scope is made of units only: no cadre managed outside them, so figures kept per unit answer. */
        boolean unitsOnly() {
            return wholeProvince || managed.isEmpty();
        }
    }

    /** People on the steps' list, those deferred to the next quarter, and per step those done and done late. */
    record StepCounts(long people, long deferred, Map<DashboardStep, Long> done, Map<DashboardStep, Long> doneLate) {

        StepCounts {
            done = Map.copyOf(done);
            doneLate = Map.copyOf(doneLate);
        }
    }

    record QuarterLevelCount(int year, int quarter, String level, long count) {
    }

    record OutlierCount(String proposed, String decided, long count) {
    }

    record UnitOutlierCount(long unitId, OutlierCount count) {
    }

    /** One person behind a number, and how many match in all. */
    record PersonRow(DashboardPerson person, long matching) {
    }

    static final String SCORE = "coalesce(case when ap.status = 'COMPLETED' then ap.appraised_total end,"
            + " sa.submitted_total)";

    private static final String SCOPE = """
            (:wholeProvince or %1$s.unit_id = any(:units) or %1$s.cadre_id = any(:managed))
              and (:anyUnit or %1$s.unit_id = any(:filterUnits))""";

    /**
     * The condition on kept figures {@code k} (DashboardFigures), kept per unit: they answer for the units the person
     * sees, not for cadres they manage elsewhere.
     */
    private static final String KEPT_SCOPE = "(:allUnits or k.unit_id = any(:keptUnits))";

    private static final String LIVE_RATINGS = """
            from quarter_rating r
            where r.status <> 'CANCELLED' and r.decided_level is not null and\s""" + SCOPE.formatted("r");

    // Everyone who may have records in the quarter, with every record the steps look at: the plan, self-assessment
    // and extensions of the progress board, the appraisal and the live rating; then a deferral.
    private static final String STEP_RECORDS = "from org_cadre c " + QuarterRecordsSql.QUARTER_RECORDS + """
            left join appraisal ap on ap.self_assessment_id = sa.id
            left join quarter_rating r on r.live_cadre_id = c.id and r.period_year = :year
                                      and r.period_quarter = :quarter
            """;
    private static final String DEFERRED = """
            d.cadre_id = c.id and d.period_year = :year and d.period_quarter = :quarter and d.withdrawn_at is null""";
    private static final String CADRE_RECORDS = STEP_RECORDS + " left join rating_deferral d on " + DEFERRED + "\n";

    private static final String POSTED_CADRES = """
            c.id in (select a.cadre_id from org_appointment a join org_position p on p.id = a.position_id
                     where a.start_date <= :day and (a.end_date is null or a.end_date >= :day)
                       and (:wholeProvince or p.unit_id = any(:units) or a.cadre_id = any(:managed))
                       and (:anyUnit or p.unit_id = any(:filterUnits)))""";

    /**
     * Whom a drill-down lists, each read from its own table so the database starts from the quarter's records, not
     * from every cadre: live decided ratings, submitted self-assessments, or the cadres posted in the scope (not
     * deferred) with all their records of the quarter.
     */
    enum Population {
        RATED("""
                from quarter_rating r
                join org_cadre c on c.id = r.cadre_id
                left join self_assessment sa on sa.cadre_id = r.cadre_id and sa.period_year = r.period_year
                                            and sa.period_quarter = r.period_quarter
                left join appraisal ap on ap.self_assessment_id = sa.id
                where r.period_year = :year and r.period_quarter = :quarter and r.status <> 'CANCELLED'
                  and r.decided_level is not null and\s""" + SCOPE.formatted("r")),
        SCORED("""
                from self_assessment sa
                join org_cadre c on c.id = sa.cadre_id
                left join appraisal ap on ap.self_assessment_id = sa.id
                left join quarter_rating r on r.live_cadre_id = sa.cadre_id and r.period_year = sa.period_year
                                          and r.period_quarter = sa.period_quarter
                where sa.period_year = :year and sa.period_quarter = :quarter and sa.status = 'SUBMITTED'
                  and\s""" + SCOPE.formatted("sa")),
        // Not deferred as an anti-join: PostgreSQL then expects most cadres to remain and hashes the records instead
        // of probing them cadre by cadre (the "not announced" list of 13,334 of 20,001: 95 against 40 ms).
        POSTED(STEP_RECORDS + " where not exists (select 1 from rating_deferral d where " + DEFERRED + ") and "
                + POSTED_CADRES);

        private final String fromWhere;

        Population(String fromWhere) {
            this.fromWhere = fromWhere;
        }
    }

    private final JdbcClient jdbc;

    DashboardSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String lateFrom(DashboardStep step) {
        String cutoff = ":cutoff_" + step.column();
        DeadlineStep deadline = step.deadline();
        if (deadline == DeadlineStep.PLAN) {
            return "coalesce(xp.late_from, " + cutoff + ")";
        }
        return deadline == DeadlineStep.SELF_ASSESSMENT ? "coalesce(xs.late_from, " + cutoff + ")" : cutoff;
    }

    StepCounts steps(Criteria criteria) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(case when d.id is null then 1 else 0 end), 0)"
                + " as people, count(d.id) as deferred");
        for (DashboardStep step : DashboardStep.values()) {
            sql.append(", coalesce(sum(case when d.id is null and ").append(step.doneCondition())
                    .append(" then 1 else 0 end), 0) as ").append(step.column())
                    .append(", coalesce(sum(case when d.id is null and ").append(step.doneCondition()).append(" and ")
                    .append(step.doneAt()).append(" >= ").append(lateFrom(step))
                    .append(" then 1 else 0 end), 0) as late_").append(step.column());
        }
        sql.append(' ').append(CADRE_RECORDS).append(" where ").append(POSTED_CADRES);
        JdbcClient.StatementSpec statement = bind(jdbc.sql(sql.toString()), criteria);
        for (DashboardStep step : DashboardStep.values()) {
            statement = statement.param("cutoff_" + step.column(), criteria.cutoffs().get(step));
        }
        return statement.query((rs, row) -> {
            Map<DashboardStep, Long> done = new EnumMap<>(DashboardStep.class);
            Map<DashboardStep, Long> late = new EnumMap<>(DashboardStep.class);
            for (DashboardStep step : DashboardStep.values()) {
                done.put(step, rs.getLong(step.column()));
                late.put(step, rs.getLong("late_" + step.column()));
            }
            return new StepCounts(rs.getLong("people"), rs.getLong("deferred"), done, late);
        }).single();
    }

    /**
     * The generations of the units whose postings the steps count ({@link DashboardStepsGenerations}): their sum and
     * how many units have one. Meaningful for a scope made of units only (no cadres managed elsewhere).
     */
    DashboardStepsGenerations.Stamp stepsStamp(Criteria criteria) {
        return bindKept(jdbc.sql("select coalesce(sum(k.generation), 0) as total, count(*) as units"
                        + " from dashboard_steps_generation k where " + KEPT_SCOPE), criteria)
                .query((rs, row) -> new DashboardStepsGenerations.Stamp(rs.getLong("total"), rs.getLong("units")))
                .single();
    }

    /**
     * Live decided ratings of the criteria's quarter per unit, self-proposed level (null: none) and decided level,
     * from the kept figures: the per-unit bars and the outlier matrix both add them up, so one statement serves both.
     */
    List<UnitOutlierCount> keptOutliersPerUnit(Criteria criteria) {
        return bindKept(jdbc.sql("select k.unit_id, k.proposed_level, k.decided_level, k.rated"
                        + " from dashboard_outlier_count k"
                        + " where k.period_year = :year and k.period_quarter = :quarter and " + KEPT_SCOPE), criteria)
                .query((rs, row) -> new UnitOutlierCount(rs.getLong("unit_id"),
                        new OutlierCount(DashboardSlice.NONE.equals(rs.getString("proposed_level")) ? null
                                : rs.getString("proposed_level"), rs.getString("decided_level"), rs.getLong("rated"))))
                .list();
    }

    /** {@link #levelsByQuarter} from the kept figures. */
    List<QuarterLevelCount> keptLevelsByQuarter(Criteria criteria, int firstYear, int firstQuarter) {
        return bindKept(jdbc.sql("select k.period_year, k.period_quarter, k.decided_level, sum(k.rated) as rated"
                        + " from dashboard_level_count k where " + KEPT_SCOPE
                        + " and k.period_year between :firstYear and :year"
                        + " and k.period_year * 4 + k.period_quarter between :first and :last"
                        + " group by k.period_year, k.period_quarter, k.decided_level"), criteria)
                .param("firstYear", firstYear)
                .param("first", firstYear * 4 + firstQuarter)
                .param("last", criteria.year() * 4 + criteria.quarter())
                .query((rs, row) -> new QuarterLevelCount(rs.getInt("period_year"), rs.getInt("period_quarter"),
                        rs.getString("decided_level"), rs.getLong("rated")))
                .list();
    }

    /** {@link #scoreBands} from the kept figures. */
    Map<ScoreBand, Long> keptScoreBands(Criteria criteria) {
        Map<ScoreBand, Long> counts = new EnumMap<>(ScoreBand.class);
        bindKept(jdbc.sql("select k.band, sum(k.scored) as scored from dashboard_score_count k"
                        + " where k.period_year = :year and k.period_quarter = :quarter and " + KEPT_SCOPE
                        + " group by k.band"), criteria)
                .query((rs, row) -> counts.put(ScoreBand.valueOf(rs.getString("band")), rs.getLong("scored")))
                .list();
        return counts;
    }

    /** Decided levels per quarter from {@code first} to the criteria's quarter. */
    List<QuarterLevelCount> levelsByQuarter(Criteria criteria, int firstYear, int firstQuarter) {
        return bind(jdbc.sql("select r.period_year, r.period_quarter, r.decided_level, count(*) as rated "
                        + LIVE_RATINGS + " and r.period_year between :firstYear and :year"
                        + " and r.period_year * 4 + r.period_quarter between :first and :last"
                        + " group by r.period_year, r.period_quarter, r.decided_level"), criteria)
                .param("firstYear", firstYear)
                .param("first", firstYear * 4 + firstQuarter)
                .param("last", criteria.year() * 4 + criteria.quarter())
                .query((rs, row) -> new QuarterLevelCount(rs.getInt("period_year"), rs.getInt("period_quarter"),
                        rs.getString("decided_level"), rs.getLong("rated")))
                .list();
    }

    /** Submitted self-assessments per band of their total: the appraised one when appraised, else the submitted. */
    Map<ScoreBand, Long> scoreBands(Criteria criteria) {
        StringBuilder band = new StringBuilder("case");
        for (ScoreBand each : ScoreBand.values()) {
            band.append(" when ").append(each.condition(SCORE)).append(" then ").append(each.ordinal());
        }
        band.append(" end");
        Map<ScoreBand, Long> counts = new EnumMap<>(ScoreBand.class);
        bind(jdbc.sql("select " + band + " as band, count(*) as scored " + Population.SCORED.fromWhere
                + " and " + SCORE + " is not null group by " + band), criteria)
                .query((rs, row) -> counts.put(ScoreBand.values()[rs.getInt("band")], rs.getLong("scored")))
                .list();
        return counts;
    }

    /** Live decided ratings per self-proposed level (null: none proposed) and decided level. */
    List<OutlierCount> outliers(Criteria criteria) {
        return bind(jdbc.sql("select r.self_proposed_level, r.decided_level, count(*) as rated " + LIVE_RATINGS
                        + " and r.period_year = :year and r.period_quarter = :quarter"
                        + " group by r.self_proposed_level, r.decided_level"), criteria)
                .query((rs, row) -> new OutlierCount(rs.getString("self_proposed_level"),
                        rs.getString("decided_level"), rs.getLong("rated")))
                .list();
    }

    /**
     * At most {@code limit} people of the population meeting {@code condition} (bound from {@code parameters}), in
     * Vietnamese name order, each with the number matching in all; the unit is the rating's or self-assessment's, or,
     * for people with neither, that of the main post on the day.
     */
    List<PersonRow> people(Criteria criteria, Population population, String condition,
                           Map<String, Object> parameters, int limit) {
        // Everyone matching is counted, then the first in name order kept, then only their records read. In one
        // step, PostgreSQL walked the cadres in name order probing each one's records (120 ms for 5,000 of 20,000),
        // although the count needs them all anyway; and the records the condition does not need (the appraisal, for
        // most) were joined for every match instead of for the 200 shown.
        String sql = "with found as (select c.id as cadre_id, c.name_sort_key, sa.id as assessment_id,"
                + " r.id as rating_id, count(*) over () as matching "
                + population.fromWhere + " and " + condition + "),"
                + " hits as (select * from found order by name_sort_key, cadre_id limit :limit)"
                + " select hits.cadre_id, hits.matching, c.full_name,"
                + " coalesce(r.self_proposed_level, sa.proposed_level) as proposed_level, r.decided_level,"
                + " r.status as rating_status, " + SCORE + " as score, u.name as unit_name"
                + " from hits join org_cadre c on c.id = hits.cadre_id"
                + " left join self_assessment sa on sa.id = hits.assessment_id"
                + " left join appraisal ap on ap.self_assessment_id = sa.id"
                + " left join quarter_rating r on r.id = hits.rating_id"
                + " left join org_unit u on u.id = coalesce(r.unit_id, sa.unit_id,"
                + "   (select mp.unit_id from org_appointment ma join org_position mp on mp.id = ma.position_id"
                + "    where ma.id = " + ReportSql.mainAppointment("hits.cadre_id") + "))"
                + " order by hits.name_sort_key, hits.cadre_id";
        JdbcClient.StatementSpec statement = bind(jdbc.sql(sql), criteria).param("limit", limit);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        return statement.query((rs, row) -> new PersonRow(new DashboardPerson(rs.getLong("cadre_id"),
                rs.getString("full_name"), rs.getString("unit_name"), rs.getString("proposed_level"),
                rs.getString("decided_level"), rs.getBigDecimal("score"), rs.getString("rating_status")),
                rs.getLong("matching"))).list();
    }

    /**
     * Binds the criteria and, for {@link #KEPT_SCOPE}, the units whose kept figures count, worked out here once
     * (every unit, the chosen subtree, the units seen, or those of the subtree seen) so the statement compares each
     * row with one list, and a department's figures are read by the unit's key.
     */
    private static JdbcClient.StatementSpec bindKept(JdbcClient.StatementSpec statement, Criteria criteria) {
        Collection<Long> units;
        if (criteria.wholeProvince()) {
            units = criteria.anyUnit() ? List.of() : criteria.filterUnits();
        } else if (criteria.anyUnit()) {
            units = criteria.units();
        } else {
            Set<Long> seen = new HashSet<>(criteria.units());
            units = criteria.filterUnits().stream().filter(seen::contains).toList();
        }
        return bind(statement, criteria).param("allUnits", criteria.wholeProvince() && criteria.anyUnit())
                .param("keptUnits", ReportScope.bigintArray(units));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Criteria criteria) {
        return statement.param("year", criteria.year()).param("quarter", criteria.quarter())
                .param("day", criteria.postedOn())
                .param("wholeProvince", criteria.wholeProvince())
                .param("units", ReportScope.bigintArray(criteria.units()))
                .param("managed", ReportScope.bigintArray(criteria.managed()))
                .param("anyUnit", criteria.anyUnit())
                .param("filterUnits", ReportScope.bigintArray(criteria.filterUnits()));
    }
}
