package vn.danhgia.council.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danhgia.council.CouncilResults;
import vn.danhgia.council.VoteSessionStatus;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.CouncilRule;
import vn.danhgia.rules.council.CouncilTally;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.scheme.Quarter;

/**
 * The council's result per cadre (seed 002 §4 Bước 3: the council "có ý kiến đánh giá, xếp loại trước khi trình cấp
 * có thẩm quyền"), counted one way for the board and the minutes: the votes of a session against the members recorded
 * present (issue 12: the quorum of seed 000 §III.4 counts the attendance, not who voted).
 */
@Component
class CouncilTallies implements CouncilResults {

    private final CouncilRepository councils;
    private final VoteSessionRepository sessions;
    private final NamedParameterJdbcTemplate jdbc;

    CouncilTallies(CouncilRepository councils, VoteSessionRepository sessions, NamedParameterJdbcTemplate jdbc) {
        this.councils = councils;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, CouncilTallyResult> of(long unitId, Quarter quarter) {
        return councils.findByPeriod(unitId, quarter.year(), quarter.number())
                .flatMap(council -> sessions.findByCouncil(council.getId()).stream()
                        .filter(session -> session.status() == VoteSessionStatus.CLOSED)
                        .reduce((earlier, later) -> later)
                        .map(session -> tally(council, session, List.of())))
                .orElse(Map.of());
    }

    @Override
    public Map<Long, Map<Long, CouncilTallyResult>> of(Collection<Long> unitIds, Quarter quarter) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Council> byId = new HashMap<>();
        councils.findByPeriod(unitIds, quarter.year(), quarter.number())
                .forEach(council -> byId.put(council.getId(), council));
        if (byId.isEmpty()) {
            return Map.of();
        }
        Map<Long, VoteSession> latestClosed = new HashMap<>();
        sessions.findByCouncils(byId.keySet()).stream()
                .filter(session -> session.status() == VoteSessionStatus.CLOSED)
                .forEach(session -> latestClosed.put(session.councilId(), session));
        if (latestClosed.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, Map<RatingLevel, Integer>>> votes = new HashMap<>();
        jdbc.query("select session_id, subject_cadre_id, level, count(*) from vote where session_id in (:sessions)"
                        + " group by session_id, subject_cadre_id, level",
                Map.of("sessions", latestClosed.values().stream().map(VoteSession::getId).toList()), rs -> {
                    votes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new EnumMap<>(RatingLevel.class))
                            .put(RatingLevel.valueOf(rs.getString(3)), rs.getInt(4));
                });
        Map<Long, Map<Long, CouncilTallyResult>> results = new HashMap<>();
        latestClosed.forEach((councilId, session) -> {
            Council council = byId.get(councilId);
            results.put(council.unitId(), tally(council, session,
                    votes.getOrDefault(session.getId(), new LinkedHashMap<>())));
        });
        return results;
    }

    @Override
    public List<Long> closedSessions(long unitId, Quarter quarter) {
        return councils.findByPeriod(unitId, quarter.year(), quarter.number())
                .map(council -> sessions.findByCouncil(council.getId()).stream()
                        .filter(session -> session.status() == VoteSessionStatus.CLOSED)
                        .map(VoteSession::getId).toList())
                .orElse(List.of());
    }

    /** The result of each subject (also those nobody voted on) and of each cadre voted on, in the subjects' order. */
    Map<Long, CouncilTallyResult> tally(Council council, VoteSession session, Collection<Long> subjects) {
        Map<Long, Map<RatingLevel, Integer>> counts = new LinkedHashMap<>();
        subjects.forEach(subject -> counts.put(subject, new EnumMap<>(RatingLevel.class)));
        jdbc.query("select subject_cadre_id, level, count(*) from vote where session_id = :session"
                + " group by subject_cadre_id, level", Map.of("session", session.getId()), rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RatingLevel.class))
                            .put(RatingLevel.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return tally(council, session, counts);
    }

    /** The tally of the votes counted per subject and level. */
    private static Map<Long, CouncilTallyResult> tally(Council council, VoteSession session,
                                                       Map<Long, Map<RatingLevel, Integer>> counts) {
        int members = council.members().size();
        // The quorum stored when the council was configured, as a rule over this council's size.
        CouncilRule rule = new CouncilRule(council.quorumMembers(), members, 1, 2);
        Map<Long, CouncilTallyResult> results = new LinkedHashMap<>();
        counts.forEach((cadre, votes) -> results.put(cadre,
                CouncilTally.tally(members, session.presentCount(), votes, rule)));
        return results;
    }
}
