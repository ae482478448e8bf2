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
class YearlyRatingFixture {

    static final int YEAR = 2095;

    final RatingFixture quarters;
    final JdbcTemplate jdbc;

    YearlyRatingFixture(ApplicationContext context) {
        this.quarters = new RatingFixture(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    void quarters(String cadreCode, int year, RatingLevel... levels) {
        for (int quarter = 0; quarter < levels.length; quarter++) {
            quarters.decided(cadreCode, new Quarter(year, quarter + 1), levels[quarter]);
        }
    }

    long unit() {
        return quarters.unitId();
    }

    long cadre(String code) {
        return quarters.cadre(code);
    }

    void clean(int year) {
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
        }
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }
}
