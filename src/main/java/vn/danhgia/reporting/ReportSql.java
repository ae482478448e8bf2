package vn.danhgia.reporting;

/** SQL pieces several kinds of report share, so that they read and count alike. */
public final class ReportSql {

    /** Rows a cursor fetches at a time: long lists are handed on as the database sends them, never held whole. */
    public static final int FETCH_SIZE = 500;

    /**
     * A yearly rating ({@code yearly_rating r}, issue 13 §7) counts once decided, announced or locked (a provisional
     * party level included), never once cancelled: the same rule as the board ({@code YearlyRatingView#counted}).
     */
    public static final String YEARLY_RATING_COUNTED =
            "r.status in ('DECIDED', 'ANNOUNCED', 'LOCKED') and r.decided_level is not null";

    private ReportSql() {
    }
}
