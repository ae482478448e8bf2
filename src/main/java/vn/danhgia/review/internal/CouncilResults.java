package vn.danhgia.review.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danhgia.review.VoteSessionStatus;
import vn.danhgia.rules.CouncilRule;
import vn.danhgia.rules.CouncilTally;
import vn.danhgia.rules.CouncilTallyResult;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * The council's result per cadre for the board (seed 002 §4 Bước 3: the council "có ý kiến đánh giá, xếp loại trước
 * khi trình cấp có thẩm quyền"): the tally of the latest closed vote session of the council of the unit and quarter,
 * counted as the minutes count it. Empty when the unit has no council or no closed session.
 */
@Component
class CouncilResults {

    private final CouncilRepository councils;
    private final VoteSessionRepository sessions;
    private final NamedParameterJdbcTemplate jdbc;

    CouncilResults(CouncilRepository councils, VoteSessionRepository sessions, NamedParameterJdbcTemplate jdbc) {
        this.councils = councils;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** The result for each cadre voted on, by cadre id. */
    Map<Long, CouncilTallyResult> of(long unitId, Quarter quarter) {
        return councils.findByPeriod(unitId, quarter.year(), quarter.number())
                .flatMap(council -> sessions.findByCouncil(council.getId()).stream()
                        .filter(session -> session.status() == VoteSessionStatus.CLOSED)
                        .reduce((earlier, later) -> later)
                        .map(session -> tally(council, session.getId())))
                .orElse(Map.of());
    }

    private Map<Long, CouncilTallyResult> tally(Council council, long sessionId) {
        Map<Long, Map<RatingLevel, Integer>> counts = new HashMap<>();
        jdbc.query("select subject_cadre_id, level, count(*) from vote where session_id = :session"
                + " group by subject_cadre_id, level", Map.of("session", sessionId), rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RatingLevel.class))
                            .put(RatingLevel.valueOf(rs.getString(2)), rs.getInt(3));
                });
        Integer present = jdbc.queryForObject("select count(distinct voter_cadre_id) from vote"
                + " where session_id = :session", Map.of("session", sessionId), Integer.class);
        int members = council.members().size();
        CouncilRule rule = new CouncilRule(council.quorumMembers(), members, 1, 2);
        Map<Long, CouncilTallyResult> results = new HashMap<>();
        counts.forEach((cadre, votes) -> results.put(cadre,
                CouncilTally.tally(members, present == null ? 0 : present, votes, rule)));
        return results;
    }
}
