package vn.danhgia.reporting.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.assessment.SelfAssessmentView;

/**
 * Reads Mẫu 03 part III: the completed appraisal (its total, proposal and the weakest response level of its tasks)
 * and the quarter's rating that is not cancelled (the head's proposal, the decided level, whether it is announced).
 */
@Component
class AuthorityPartSql {

    /** Response levels from the weakest; the first one found among the tasks is the one printed. */
    private static final List<String> WEAKEST_FIRST = List.of("DOES_NOT_MEET", "BASICALLY_MEETS",
            "PROACTIVE_EFFECTIVE");

    private final JdbcClient jdbc;
    private final FormTexts texts;

    AuthorityPartSql(JdbcClient jdbc, FormTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Part III as the reader may see it; {@code readerIsTheCadre} sees it only once the result is announced. */
    SelfAssessmentForm.AuthorityPart of(SelfAssessmentView assessment, boolean readerIsTheCadre) {
        List<Map<String, Object>> ratings = jdbc.sql("""
                select status, head_proposed_level, decided_level from quarter_rating
                where cadre_id = :cadre and period_year = :year and period_quarter = :quarter
                  and status <> 'CANCELLED'
                order by id desc""")
                .param("cadre", assessment.cadre().value()).param("year", assessment.quarter().year())
                .param("quarter", assessment.quarter().number()).query().listOfRows();
        Map<String, Object> rating = ratings.isEmpty() ? Map.of() : ratings.get(0);
        if (readerIsTheCadre && !"ANNOUNCED".equals(rating.get("status"))) {
            return SelfAssessmentForm.AuthorityPart.BLANK;
        }
        List<Map<String, Object>> appraisals = jdbc.sql("""
                select a.id, a.proposed_level, a.appraised_total from appraisal a
                where a.self_assessment_id = :assessment and a.status = 'COMPLETED'""")
                .param("assessment", assessment.id()).query().listOfRows();
        if (appraisals.isEmpty() && rating.isEmpty()) {
            return SelfAssessmentForm.AuthorityPart.BLANK;
        }
        Map<String, Object> appraisal = appraisals.isEmpty() ? Map.of() : appraisals.get(0);
        List<String> responses = appraisal.isEmpty() ? List.of() : jdbc.sql("""
                select distinct response_level from appraisal_task
                where appraisal_id = :appraisal and response_level is not null""")
                .param("appraisal", appraisal.get("id")).query(String.class).list();
        String weakest = WEAKEST_FIRST.stream().filter(responses::contains).findFirst()
                .map(level -> texts.text("review.appraisal.response." + level)).orElse("");
        Object total = appraisal.get("appraised_total");
        Object proposed = rating.get("head_proposed_level") != null ? rating.get("head_proposed_level")
                : appraisal.get("proposed_level");
        return new SelfAssessmentForm.AuthorityPart(
                total == null ? "" : texts.text("forms.points", FormFigures.number((BigDecimal) total)),
                level(proposed), weakest, level(rating.get("decided_level")));
    }

    private String level(Object level) {
        return level == null ? "" : texts.text("rule.level." + level);
    }
}
