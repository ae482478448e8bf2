package vn.danhgia.reporting;

/** SQL pieces several reports share, so that they count and place people the same way. */
public final class ReportSql {

    /** Rows a cursor fetches at a time: long lists are handed on as the database sends them, never held whole. */
    public static final int FETCH_SIZE = 500;

    /**
     * A quarter rating {@code r} that belongs to the higher authority's table, Mẫu 05: sent upwards, or decided as a
     * higher authority's decision ({@code RATING_HIGHER_DECISION_RECORDED}, the only trace the decision module keeps).
     */
    public static final String HIGHER = """
            (r.status = 'PROPOSED_UPWARD' or exists (select 1 from audit_entry ae
                where ae.record_type = 'QUARTER_RATING' and ae.record_id = r.id
                  and ae.action = 'RATING_HIGHER_DECISION_RECORDED'))""";

    /**
     * The level proposed for a rating, as Mẫu 05 and 06 and the yearly tables show it and as Mẫu 03's part III does:
     * the unit head's proposal, else the personnel office's proposal at appraisal for a rating the authority decided
     * without one (issue 12 §1: Mẫu 06 counted such ratings as "Chưa có mức xếp loại" while Mẫu 04 listed their
     * levels). Read from a {@code quarter_rating r}.
     */
    public static final String PROPOSED_LEVEL = "coalesce(r.head_proposed_level, r.appraisal_level)";

    /**
     * The id of the cadre's main appointment on {@code :day} (not a concurrent one, then the earliest), as the progress
     * board ranks them, as a scalar subquery for the cadre named by {@code cadreColumn}.
     */
    public static String mainAppointment(String cadreColumn) {
        return " (select a.id from org_appointment a"
                + "   where a.cadre_id = " + cadreColumn + " and a.start_date <= :day"
                + "   and (a.end_date is null or a.end_date >= :day)"
                + "   order by case when a.kind = 'CONCURRENT' then 1 else 0 end, a.start_date, a.id"
                + "   limit 1)";
    }

    /**
     * A yearly rating ({@code yearly_rating r}, issue 13 §7) counts once decided, announced or locked (a provisional
     * party level included), never once cancelled: the same rule as the board ({@code YearlyRatingView#counted}).
     */
    public static final String YEARLY_RATING_COUNTED =
            "r.status in ('DECIDED', 'ANNOUNCED', 'LOCKED') and r.decided_level is not null";

    private ReportSql() {
    }
}
