package vn.danhgia.reporting;

/** SQL pieces several kinds of report share, so that they read and count alike. */
public final class ReportSql {

    /** Rows a cursor fetches at a time: long lists are handed on as the database sends them, never held whole. */
    public static final int FETCH_SIZE = 500;

    /**
     * The id of the cadre's main appointment on {@code :day} (not a concurrent one, then the earliest), as a scalar
     * subquery for the cadre named by {@code cadreColumn}: the one post the progress board, the dashboard's lists and
     * the summary tables show for a person.
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
