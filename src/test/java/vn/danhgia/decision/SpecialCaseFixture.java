package vn.danhgia.decision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.RatingLevel;

/**
 * Quarter ratings written straight into the table the decision service fills, for cadres and years (2031 onwards)
 * that no other test uses, and the clean-up of the special cases marked for them.
 */
class SpecialCaseFixture {

    final JdbcTemplate jdbc;
    final OrganizationQueries organization;
    final AccessScopes access;

    SpecialCaseFixture(JdbcTemplate jdbc, OrganizationQueries organization, AccessScopes access) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.access = access;
    }

    long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    /** A decided rating of the quarter. */
    long decided(String code, int year, int quarter, RatingLevel level) {
        return rating(code, year, quarter, RatingStatus.DECIDED, level, null, null);
    }

    long rating(String code, int year, int quarter, RatingStatus status, RatingLevel level, Long replacesId,
                String cancelReason) {
        long cadre = cadre(code);
        long unit = access.postsOf(new CadreId(cadre), LocalDate.of(2026, 9, 30)).get(0).unit().value();
        boolean cancelled = status == RatingStatus.CANCELLED;
        jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    head_proposed_level, decided_level, decided_by, decided_at, discrepancy, replaces_id,
                    cancelled_by, cancelled_at, cancel_reason, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'thamquyen', ?, false, ?, ?, ?, ?, 0)""",
                cadre, cancelled ? null : cadre, unit, year, quarter, status.name(), level.name(), level.name(),
                Timestamp.from(Instant.parse(year + "-0" + (quarter * 3) + "-18T03:00:00Z")), replacesId,
                cancelled ? "thamquyen" : null, cancelled ? Timestamp.from(Instant.now()) : null, cancelReason);
        return jdbc.queryForObject("select max(id) from quarter_rating where cadre_id = ?", Long.class, cadre);
    }

    int deferrals(String code) {
        return jdbc.queryForObject("select count(*) from rating_deferral where cadre_id = ?", Integer.class,
                cadre(code));
    }

    String storedDeferral(String code) {
        return String.valueOf(jdbc.queryForList("select kind, note, withdrawn_at, version from rating_deferral"
                + " where cadre_id = ? order by id", cadre(code)));
    }

    void clean(List<String> codes) {
        for (String code : codes) {
            long cadre = cadre(code);
            jdbc.update("update quarter_rating set replaces_id = null where cadre_id = ? and period_year >= 2031",
                    cadre);
            jdbc.update("delete from quarter_rating where cadre_id = ? and period_year >= 2031", cadre);
            jdbc.update("delete from rating_deferral where cadre_id = ?", cadre);
            jdbc.update("delete from rating_exemption where cadre_id = ?", cadre);
        }
    }
}
