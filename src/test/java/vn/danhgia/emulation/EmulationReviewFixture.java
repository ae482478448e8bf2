package vn.danhgia.emulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The emulation review's test years (2140–2149) in Phòng Kinh tế of the demo office: Trịnh Đình Phong (NB013,
 * Trưởng phòng), Lương Thị Mai (NB014) and Hà Quốc Bảo (NB015), Phó Trưởng phòng. Their yearly ratings, registrations
 * and initiatives are written straight into the tables the annual cycle and the registration part keep, and
 * everything of the years is removed again.
 */
class EmulationReviewFixture {

    static final String UNIT = "VPUB-NB.KT";
    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2140-01-10T02:00:00Z");

    private final JdbcTemplate jdbc;
    private final OrganizationQueries organization;

    EmulationReviewFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.organization = context.getBean(OrganizationQueries.class);
    }

    long unit() {
        return organization.unitByCode(UNIT).orElseThrow().id().value();
    }

    long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    /** The cadre's STATE-track yearly rating, decided at the level (null: gathered, not decided yet). */
    void rated(String code, int year, RatingLevel decided) {
        long cadre = cadre(code);
        jdbc.update("""
                insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key, status,
                    heads_unit, cap_exempt, disciplined, provisional, decided_level, version)
                values ('CADRE', 'STATE', ?, ?, ?, ?, ?, ?, false, false, false, ?, 0)""",
                cadre, unit(), year, "C" + cadre + ":STATE", decided == null ? "GATHERED" : "DECIDED",
                "NB013".equals(code), decided == null ? null : decided.name());
    }

    /** Phòng Kinh tế's own COLLECTIVE-track yearly rating, decided at the level. */
    void collectiveRated(int year, RatingLevel decided) {
        jdbc.update("""
                insert into yearly_rating (subject_kind, track, unit_id, rating_year, live_key, status, heads_unit,
                    cap_exempt, disciplined, provisional, decided_level, version)
                values ('COLLECTIVE', 'COLLECTIVE', ?, ?, ?, 'DECIDED', false, false, false, false, ?, 0)""",
                unit(), year, "U" + unit(), decided.name());
    }

    /** An emulation registration (đăng ký thi đua) made on time at the start of the year, aiming at the title. */
    void registered(String code, int year, EmulationTitle target) {
        jdbc.update("""
                insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,
                    registered_on, late, source, recorded_by, recorded_at, version)
                values ('INDIVIDUAL', ?, ?, ?, ?, ?, false, 'FORM', 'test', ?, 0)""",
                cadre(code), unit(), year, target.name(), LocalDate.of(year, 1, 10), RECORDED);
    }

    /** Phòng Kinh tế's own registration as a collective, aiming at the title. */
    void collectiveRegistered(int year, EmulationTitle target) {
        jdbc.update("""
                insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,
                    registered_on, late, source, recorded_by, recorded_at, version)
                values ('COLLECTIVE', ?, ?, ?, ?, ?, false, 'FORM', 'test', ?, 0)""",
                unit(), unit(), year, target.name(), LocalDate.of(year, 1, 10), RECORDED);
    }

    /** An initiative (sáng kiến) recognised at grassroots level in the year. */
    void initiative(String code, int year, String name) {
        jdbc.update("""
                insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,
                    recognised_year, recorded_by, recorded_at, version)
                values ('INDIVIDUAL', ?, ?, 'INITIATIVE', ?, 'GRASSROOTS', ?, 'test', ?, 0)""",
                cadre(code), unit(), name, year, RECORDED);
    }

    void clean() {
        String years = "between 2140 and 2149";
        jdbc.update("delete from audit_entry where record_type = 'EMULATION_REVIEW' and record_id in"
                + " (select id from emulation_review where review_year " + years + ")");
        jdbc.update("delete from emulation_nomination where review_id in"
                + " (select id from emulation_review where review_year " + years + ")");
        jdbc.update("delete from emulation_review where review_year " + years);
        jdbc.update("delete from emulation_registration where emulation_year " + years);
        jdbc.update("delete from emulation_achievement where recognised_year " + years);
        jdbc.update("delete from yearly_rating where rating_year " + years);
    }
}
