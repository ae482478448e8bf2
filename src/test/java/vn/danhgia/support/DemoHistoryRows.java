package vn.danhgia.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes what {@code DemoHistory.record} writes for a year: ratings, appraisals and self-assessments with content. */
public final class DemoHistoryRows {

    private DemoHistoryRows() {
    }

    public static void remove(JdbcTemplate jdbc, int year) {
        jdbc.update("delete from quarter_rating where period_year = ?", year);
        String ofTheYear = " (select id from self_assessment where period_year = ?)";
        jdbc.update("delete from appraisal_task where appraisal_id in (select id from appraisal"
                + " where self_assessment_id in" + ofTheYear + ")", year);
        jdbc.update("delete from appraisal where self_assessment_id in" + ofTheYear, year);
        for (String content : new String[] {"self_assessment_task", "self_assessment_criterion",
                "self_assessment_axis"}) {
            jdbc.update("delete from " + content + " where assessment_id in" + ofTheYear, year);
        }
        jdbc.update("delete from self_assessment where period_year = ?", year);
    }
}
