package vn.danhgia.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.Quarter;

/**
 * Submitted self-assessments (seed 002 §4 Bước 2) and, where asked, the personnel office's completed appraisal
 * (Bước 3), put straight into the tables so that tests of the later steps start there. Each self-assessment has three
 * tasks of coefficient 1 on axis 1 (70 points), all done or the third left undone, {@code beyond} of them above
 * requirement (factors 1,2): seed 000 §III.3.1 asks 30 % of the tasks beyond requirement for EXCELLENT, so 1, 2 or 3
 * of 3 all qualify, the more the stronger in the ranking.
 */
public final class SubmittedSelfAssessments {

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;
    private final AccessScopes access;

    public SubmittedSelfAssessments(JdbcTemplate jdbc, OrganizationQueries organization, AccessScopes access) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.access = access;
    }

    /** A submitted self-assessment proposing the given level; returns its id. */
    public long submitted(String code, Quarter quarter, int beyond, boolean allDone, String proposed) {
        CadreId cadre = organization.cadreByCode(code).orElseThrow().id();
        long unit = access.postsOf(cadre, quarter.firstDay()).get(0).unit().value();
        Timestamp at = Timestamp.from(Instant.parse(quarter.lastDay() + "T02:00:00Z"));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into self_assessment (cadre_id, unit_id, period_year, "
                    + "period_quarter, scheme_code, status, proposed_level, submitted_total, created_at, "
                    + "submitted_at, version) values (?, ?, ?, ?, 'AG-02-HD-TU-2026', 'SUBMITTED', ?, 100, ?, ?, 1)",
                    new String[] {"id"});
            insert.setLong(1, cadre.value());
            insert.setLong(2, unit);
            insert.setInt(3, quarter.year());
            insert.setInt(4, quarter.number());
            insert.setString(5, proposed);
            insert.setTimestamp(6, at);
            insert.setTimestamp(7, at);
            return insert;
        }, key);
        long assessment = key.getKey().longValue();
        jdbc.update("insert into self_assessment_axis (assessment_id, axis_number, max_points) values (?, 1, 70)",
                assessment);
        for (int i = 0; i < 3; i++) {
            BigDecimal factor = new BigDecimal(i < beyond ? "1.2" : "1");
            BigDecimal done = !allDone && i == 2 ? BigDecimal.ZERO : BigDecimal.ONE;
            jdbc.update("insert into self_assessment_task (assessment_id, axis_number, sort_order, title, "
                    + "coefficient, planned_quantity, done_quantity, quality, timeliness, leadership, evidence) "
                    + "values (?, 1, ?, ?, 1, 1, ?, ?, ?, ?, null)", assessment, i + 1, "Nhiệm vụ " + (i + 1), done,
                    factor, factor, factor);
        }
        return assessment;
    }

    /** The same, with the appraisal completed by the personnel office proposing the cadre's level. */
    public void appraised(String code, Quarter quarter, int beyond, boolean allDone, String proposed) {
        long assessment = submitted(code, quarter, beyond, allDone, proposed);
        long cadre = organization.cadreByCode(code).orElseThrow().id().value();
        jdbc.update("insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, appraised_total, "
                + "appraised_by, appraised_at, version) values (?, ?, 'COMPLETED', ?, 100, 'tochuc', ?, 1)",
                assessment, cadre, proposed, Timestamp.from(Instant.parse(quarter.lastDay() + "T02:00:00Z")));
    }
}
