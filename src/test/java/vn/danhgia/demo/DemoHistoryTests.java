package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.DemoHistoryRows;

/**
 * The demo's made-up results of a past quarter: one announced rating per demo cadre posted since the quarter began, the
 * engine's level for the sheet's content, so never above the appraised total's points band (Quy định 366-QĐ/TW Điều
 * 11; issue 12 §1), with the appraised total the one submitted, written once. Quarter II/2037, which no other test
 * uses, removed after.
 */
@DemoDataTest
class DemoHistoryTests {

    private static final Quarter QUARTER = new Quarter(2037, 2);

    @Autowired
    DemoHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheQuarter() {
        DemoHistoryRows.remove(jdbc, 2037);
    }

    @Test
    void everyDemoCadreGetsAnAnnouncedRatingNoHigherThanTheirPointsBandOnce() {
        int written = history.record(QUARTER);

        long posted = jdbc.queryForObject("""
                select count(distinct a.cadre_id) from org_appointment a join org_cadre c on c.id = a.cadre_id
                where c.code like 'NB%' and a.kind <> 'CONCURRENT' and a.start_date <= ?
                  and (a.end_date is null or a.end_date >= ?)""", Long.class, QUARTER.firstDay(), QUARTER.lastDay());
        assertThat(written).isEqualTo(posted).isGreaterThan(30);
        List<Map<String, Object>> mismatched = jdbc.queryForList("""
                select r.cadre_id from quarter_rating r
                join self_assessment sa on sa.cadre_id = r.cadre_id and sa.period_year = 2037 and sa.period_quarter = 2
                join appraisal ap on ap.self_assessment_id = sa.id
                where r.period_year = 2037 and (r.status <> 'ANNOUNCED' or r.appraisal_level <> ap.proposed_level
                    or %s > case when ap.appraised_total >= 90 then 4 when ap.appraised_total >= 70 then 3
                    when ap.appraised_total >= 50 then 2 else 1 end
                    or ap.appraised_total <> sa.submitted_total)""".formatted("""
                    case r.decided_level when 'EXCELLENT' then 4 when 'GOOD' then 3 when 'COMPLETED' then 2
                    else 1 end"""));
        assertThat(mismatched).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from quarter_rating where period_year = 2037"
                + " and self_proposed_level <> decided_level", Long.class)).isPositive();

        assertThat(history.record(QUARTER)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from quarter_rating where period_year = 2037", Long.class))
                .isEqualTo(written);
    }
}
