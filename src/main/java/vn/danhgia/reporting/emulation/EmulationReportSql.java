package vn.danhgia.reporting.emulation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportSql;

/**
 * The emulation tables (V78, issue 14 §6) read for the reports and the dashboard, one statement per figure however
 * many people the scope holds. A row is in the reader's scope when its unit (the unit whose review the holder belongs
 * to) is one they see, or when it is a managed cadre's own; a chosen unit narrows that to its subtree.
 */
@Repository
class EmulationReportSql {

    /** A unit's awards of one title in the year. */
    record TitleCount(long unitId, String title, long awarded) {
    }

    /** One award of the year, for the list: who holds it, where, and the decision it came from. */
    record AwardLine(String holder, String holderCode, String holderName, String unitName, String title,
                     String decision) {
    }

    /** A cadre posted in the scope: the unit of their main post. */
    record PostedCadre(long cadreId, String code, String fullName, long unitId) {
    }

    /** A cadre's decided yearly level (state track) in a year. */
    record YearLevel(long cadreId, int year, String level) {
    }

    /** The year's registrations and the nominations its review meetings chose, in the scope. */
    record Activity(long individuals, long collectives, long late, long chosen) {
    }

    private static final String TITLE_COUNTS = """
            select e.unit_id, e.title, count(*) as awarded from emulation_award e
            where e.award_year = :year and """ + inScope("e.unit_id", "e.holder", "e.subject_id") + """

            group by e.unit_id, e.title""";

    private static final String AWARDS = """
            select e.holder, e.title, e.decision_ref, d.number as decision_number, u.name as unit_name,
                   coalesce(c.code, hu.code) as holder_code, coalesce(c.full_name, hu.name) as holder_name
            from emulation_award e join org_unit u on u.id = e.unit_id
            left join org_cadre c on e.holder = 'INDIVIDUAL' and c.id = e.subject_id
            left join org_unit hu on e.holder = 'COLLECTIVE' and hu.id = e.subject_id
            left join emulation_decision d on d.id = e.decision_id
            where e.award_year = :year and """ + inScope("e.unit_id", "e.holder", "e.subject_id") + """

            order by u.code, e.holder, c.name_sort_key, holder_code, e.title""";

    private static final String POSTED = """
            select c.id, c.code, c.full_name, min(p.unit_id) as unit_id
            from org_appointment a join org_position p on p.id = a.position_id join org_cadre c on c.id = a.cadre_id
            where a.start_date <= :day and (a.end_date is null or a.end_date >= :day) and """
            + ReportScope.POSTED_IN_SCOPE + """

            group by c.id, c.code, c.full_name, c.name_sort_key
            order by c.name_sort_key, c.id""";

    private static final String LEVELS = """
            select r.cadre_id, r.rating_year, r.decided_level from yearly_rating r
            where r.track = 'STATE' and r.cadre_id = any(:cadres) and r.rating_year between :first and :last"""
            + " and " + ReportSql.YEARLY_RATING_COUNTED;

    private static final String ACTIVITY = """
            select (select count(*) from emulation_registration e where e.emulation_year = :year
                      and e.holder = 'INDIVIDUAL' and %1$s) as individuals,
                   (select count(*) from emulation_registration e where e.emulation_year = :year
                      and e.holder = 'COLLECTIVE' and %1$s) as collectives,
                   (select count(*) from emulation_registration e where e.emulation_year = :year
                      and e.late and %1$s) as late,
                   (select count(*) from emulation_nomination n join emulation_review r on r.id = n.review_id
                      where r.review_year = :year and n.outcome = 'CHOSEN' and %2$s) as chosen
            """.formatted(inScope("e.unit_id", "e.holder", "e.subject_id"),
            inScope("r.unit_id", "n.holder", "n.subject_id"));

    private final JdbcClient jdbc;

    EmulationReportSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The condition that keeps an emulation row in a {@link ReportScope}: its unit is seen, or it is a managed cadre's
     * own (a collective's never is), and it lies in the chosen subtree.
     */
    static String inScope(String unit, String holder, String subject) {
        return ("(:wholeProvince or %1$s = any(:units) or (%2$s = 'INDIVIDUAL' and %3$s = any(:managed)))"
                + " and (:anyUnit or %1$s = any(:filterUnits))").formatted(unit, holder, subject);
    }

    List<TitleCount> titleCounts(int year, ReportScope scope) {
        return scope.bind(jdbc.sql(TITLE_COUNTS)).param("year", year)
                .query((rs, row) -> new TitleCount(rs.getLong("unit_id"), rs.getString("title"),
                        rs.getLong("awarded")))
                .list();
    }

    /** The year's awards one at a time, in unit order, individuals before collectives. */
    void awards(int year, ReportScope scope, Consumer<AwardLine> each) {
        scope.bind(jdbc.sql(AWARDS).withFetchSize(ReportSql.FETCH_SIZE)).param("year", year)
                .query((RowCallbackHandler) rs -> {
                    String number = rs.getString("decision_number");
                    each.accept(new AwardLine(rs.getString("holder"), rs.getString("holder_code"),
                            rs.getString("holder_name"), rs.getString("unit_name"), rs.getString("title"),
                            number != null ? number : rs.getString("decision_ref")));
                });
    }

    /** The cadres posted in the scope on {@code day}, in Vietnamese name order. */
    List<PostedCadre> posted(LocalDate day, ReportScope scope) {
        return scope.bind(jdbc.sql(POSTED)).param("day", day)
                .query((rs, row) -> new PostedCadre(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getLong("unit_id")))
                .list();
    }

    /** The decided yearly levels of {@code cadres} from {@code first} to {@code last}. */
    List<YearLevel> levels(Collection<Long> cadres, int first, int last) {
        return jdbc.sql(LEVELS).param("cadres", ReportScope.bigintArray(cadres)).param("first", first)
                .param("last", last)
                .query((rs, row) -> new YearLevel(rs.getLong("cadre_id"), rs.getInt("rating_year"),
                        rs.getString("decided_level")))
                .list();
    }

    /** The last year up to {@code year} with any title or reward on record. */
    Optional<Integer> lastAwardYear(int year) {
        int last = jdbc.sql("select coalesce(max(award_year), 0) from emulation_award where award_year <= :year")
                .param("year", year).query(Integer.class).single();
        return last == 0 ? Optional.empty() : Optional.of(last);
    }

    Activity activity(int year, ReportScope scope) {
        return scope.bind(jdbc.sql(ACTIVITY)).param("year", year)
                .query((rs, row) -> new Activity(rs.getLong("individuals"), rs.getLong("collectives"),
                        rs.getLong("late"), rs.getLong("chosen")))
                .single();
    }
}
