package vn.danhgia.annual;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * The test years of the yearly ratings (2095, 2096) in Phòng Kinh tế of the demo office: Trịnh Đình Phong (NB013,
 * Trưởng phòng), Lương Thị Mai (NB014) and Hà Quốc Bảo (NB015), Phó Trưởng phòng; quarters decided through the
 * quarterly fixture, everything of the years removed again.
 */
public class YearlyRatingFixture {

    static final int YEAR = 2095;

    final RatingFixture quarters;
    final JdbcTemplate jdbc;

    public YearlyRatingFixture(ApplicationContext context) {
        this.quarters = new RatingFixture(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    public void quarters(String cadreCode, int year, RatingLevel... levels) {
        for (int quarter = 0; quarter < levels.length; quarter++) {
            quarters.decided(cadreCode, new Quarter(year, quarter + 1), levels[quarter]);
        }
    }

    /**
     * A submitted self-assessment of the quarter (seed 002 Mẫu 03) as the assessment module keeps it: its total and
     * task rows, {@code onTime} done on time with quality, {@code beyond} done beyond requirement (quality factor
     * above 1), {@code late} done behind schedule (timeliness factor below 1).
     */
    public void submitted(String cadreCode, int year, int quarter, String total, int onTime, int beyond, int late) {
        long cadre = cadre(cadreCode);
        jdbc.update("""
                insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, status,
                    submitted_total, created_at, submitted_at, version)
                values (?, ?, ?, ?, 'AG-02-HD-TU-2026', 'SUBMITTED', ?, current_timestamp, current_timestamp, 0)""",
                cadre, unit(), year, quarter, new java.math.BigDecimal(total));
        long id = jdbc.queryForObject("select id from self_assessment where cadre_id = ? and period_year = ?"
                + " and period_quarter = ?", Long.class, cadre, year, quarter);
        for (int task = 0; task < onTime + beyond + late; task++) {
            String quality = task >= onTime && task < onTime + beyond ? "1.2" : "1";
            String timeliness = task >= onTime + beyond ? "0.5" : "1";
            jdbc.update("""
                    insert into self_assessment_task (assessment_id, axis_number, sort_order, title, coefficient,
                        planned_quantity, done_quantity, quality, timeliness, leadership)
                    values (?, 1, ?, ?, 1, 1, 1, ?, ?, 1)""", id, task + 1, "Nhiệm vụ " + (task + 1),
                    new java.math.BigDecimal(quality), new java.math.BigDecimal(timeliness));
        }
    }

    public long unit() {
        return quarters.unitId();
    }

    public long cadre(String code) {
        return quarters.cadre(code);
    }

    public void clean(int year) {
        {
            List<Long> ids = jdbc.queryForList("select id from yearly_rating where rating_year = ?", Long.class, year);
            for (Long id : ids) {
                jdbc.update("delete from audit_entry where record_type = 'YEARLY_RATING' and record_id = ?", id);
            }
            jdbc.update("delete from audit_entry where record_type = 'COMPLAINT' and record_id in (select id from"
                    + " complaint where rating_kind = 'YEARLY' and period_year = ?)", year);
            jdbc.update("delete from complaint where rating_kind = 'YEARLY' and period_year = ?", year);
            jdbc.update("update yearly_rating set replaces_id = null where rating_year = ?", year);
            jdbc.update("delete from yearly_rating where rating_year = ?", year);
            for (int quarter = 1; quarter <= 4; quarter++) {
                quarters.clean(new Quarter(year, quarter));
            }
            jdbc.update("delete from self_assessment_task where assessment_id in (select id from self_assessment"
                    + " where period_year = ?)", year);
            jdbc.update("delete from self_assessment where period_year = ?", year);
        }
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }
}
