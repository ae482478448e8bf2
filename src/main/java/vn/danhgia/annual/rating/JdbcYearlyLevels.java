package vn.danhgia.annual.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.YearlyLevels;
import vn.danhgia.annual.YearlyOutcome;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.InListChunks;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/** The live yearly ratings read straight from their table, a chunk of subjects per statement. */
@Repository
class JdbcYearlyLevels implements YearlyLevels {

    private static final int CHUNK = 500;
    private static final String COLUMNS = "select id, track, cadre_id, unit_id, rating_year, status, decided_level,"
            + " discipline from yearly_rating";

    private final JdbcClient jdbc;

    JdbcYearlyLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<YearlyOutcome>> of(YearlyTrack track, Collection<Long> subjectIds, int lastYear) {
        Map<Long, List<YearlyOutcome>> result = new LinkedHashMap<>();
        subjectIds.forEach(id -> result.put(id, new ArrayList<>()));
        List<Long> ids = subjectIds.stream().distinct().toList();
        String subject = track == YearlyTrack.COLLECTIVE ? "unit_id" : "cadre_id";
        for (List<Long> chunk : InListChunks.of(ids, CHUNK)) {
            jdbc.sql(COLUMNS + " where live_key is not null and track = :track and " + subject + " in (:ids)"
                            + " and rating_year <= :lastYear order by rating_year, id")
                    .param("track", track.name()).param("ids", chunk)
                    .param("lastYear", lastYear)
                    .query((row, number) -> outcome(row)).list()
                    .forEach(outcome -> result.get(outcome.subjectId()).add(outcome));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearlyOutcome> ofUnit(long unitId, int year) {
        return jdbc.sql(COLUMNS + " where live_key is not null and unit_id = :unit and rating_year = :year order by id")
                .param("unit", unitId).param("year", year)
                .query((row, number) -> outcome(row)).list();
    }

    private static YearlyOutcome outcome(ResultSet row) throws SQLException {
        YearlyTrack track = YearlyTrack.valueOf(row.getString("track"));
        boolean decided = RatingStatus.valueOf(row.getString("status")).isDecided()
                && row.getString("decided_level") != null;
        String discipline = row.getString("discipline");
        return new YearlyOutcome(row.getLong("id"), track,
                track == YearlyTrack.COLLECTIVE ? row.getLong("unit_id") : row.getLong("cadre_id"),
                row.getLong("unit_id"), row.getInt("rating_year"), decided,
                decided ? RatingLevel.valueOf(row.getString("decided_level")) : null,
                discipline == null ? null : DisciplineForm.valueOf(discipline));
    }
}
