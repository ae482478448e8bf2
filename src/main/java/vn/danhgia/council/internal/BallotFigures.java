package vn.danhgia.council.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danhgia.council.VoteSessionView;
import vn.danhgia.rules.RatingLevel;

/**
 * The figures the council votes on (issue 12, seed 000 §III.4: the vote is held "trên cơ sở kết quả tự đánh giá, xếp
 * loại của các cá nhân"): per cadre the self-assessment's total and level kept at submission and the appraisal's kept
 * at completion, the same stored values the appraisal page and the decision board show. A draft or returned
 * self-assessment and an appraisal still in draft show nothing, since neither is final.
 */
@Component
class BallotFigures {

    private final NamedParameterJdbcTemplate jdbc;

    BallotFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures by cadre id; a cadre without a submitted self-assessment is absent from the map. */
    Map<Long, VoteSessionView.Figures> of(Collection<Long> cadres, int year, int quarter) {
        Map<Long, VoteSessionView.Figures> figures = new HashMap<>();
        if (cadres.isEmpty()) {
            return figures;
        }
        jdbc.query("""
                select sa.cadre_id, sa.submitted_total, sa.proposed_level, a.appraised_total,
                       a.proposed_level as appraised_level
                from self_assessment sa
                left join appraisal a on a.self_assessment_id = sa.id and a.status = 'COMPLETED'
                where sa.cadre_id in (:cadres) and sa.period_year = :year and sa.period_quarter = :quarter
                  and sa.status = 'SUBMITTED'
                """, Map.of("cadres", cadres, "year", year, "quarter", quarter), rs -> {
                    figures.put(rs.getLong("cadre_id"), new VoteSessionView.Figures(rs.getBigDecimal("submitted_total"),
                            level(rs.getString("proposed_level")), rs.getBigDecimal("appraised_total"),
                            level(rs.getString("appraised_level"))));
                });
        return figures;
    }

    private static RatingLevel level(String name) {
        return name == null ? null : RatingLevel.valueOf(name);
    }
}
