package vn.danhgia.reporting.forms;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the emulation dossier's documents read besides the emulation module's ports: every nomination of the meeting
 * (the minutes show those refused too) and the names of the achievements (the rules need only their kind, level and
 * year, so the port leaves the names out).
 */
@Component
class EmulationDossierSql {

    private final JdbcClient jdbc;

    EmulationDossierSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Nomination(String holder, long subjectId, String title, boolean eligible, Integer votesFor,
                      Integer votesAgainst, String outcome) {
    }

    record NamedAchievement(String kind, String name, String level, int year) {
    }

    /** The review's nominations in the meeting's order. */
    List<Nomination> nominations(long reviewId) {
        return jdbc.sql("""
                        select holder, subject_id, title, eligible, votes_for, votes_against, outcome
                        from emulation_nomination where review_id = :review order by id""")
                .param("review", reviewId)
                .query((row, number) -> new Nomination(row.getString("holder"), row.getLong("subject_id"),
                        row.getString("title"), row.getBoolean("eligible"), (Integer) row.getObject("votes_for"),
                        (Integer) row.getObject("votes_against"), row.getString("outcome")))
                .list();
    }

    /** Each holder's achievements recognised up to the year, oldest first; keyed "INDIVIDUAL-12", "COLLECTIVE-5". */
    Map<String, List<NamedAchievement>> achievements(String holder, Collection<Long> subjectIds, int lastYear) {
        Map<String, List<NamedAchievement>> result = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select subject_id, kind, name, recognition_level, recognised_year from emulation_achievement
                        where holder = :holder and subject_id in (:ids) and recognised_year <= :lastYear
                        order by recognised_year, id""")
                .param("holder", holder).param("ids", subjectIds).param("lastYear", lastYear)
                .query((row, number) -> Map.entry(holder + "-" + row.getLong("subject_id"),
                        new NamedAchievement(row.getString("kind"), row.getString("name"),
                                row.getString("recognition_level"), row.getInt("recognised_year"))))
                .list().forEach(entry -> result.computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return result;
    }
}
