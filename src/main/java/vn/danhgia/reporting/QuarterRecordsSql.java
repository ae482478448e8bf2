package vn.danhgia.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A cadre's records of one quarter as the progress board, the dashboard's steps and the consolidated report's late
 * list all read them: one definition, so the three never disagree on who is late. The pieces need a cadre {@code c}
 * and the parameters {@code :year} and {@code :quarter}; the lateness conditions also {@code :now} and the steps'
 * {@code :…Overdue} and {@code :…Cutoff}.
 */
public final class QuarterRecordsSql {

    private static final OffsetDateTime NEVER = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    /**
     * Issue 12: a cadre's extension (gia hạn) of the plan or self-assessment deadline moves their first late instant.
     * The quarter's extensions are joined once (one per cadre and step, uk_deadline_extension) rather than looked up
     * per cadre and column: on PostgreSQL the look-ups were an index probe for each of 20,000 cadres and column.
     */
    private static final String STEP_EXTENSIONS = """
            left join deadline_extension xp on xp.cadre_id = c.id and xp.step = 'PLAN' and xp.period_year = :year
                                           and xp.period_quarter = :quarter
            left join deadline_extension xs on xs.cadre_id = c.id and xs.step = 'SELF_ASSESSMENT'
                                           and xs.period_year = :year and xs.period_quarter = :quarter
            """;

    /** Cadre {@code c}'s plan ({@code wp}) and self-assessment ({@code sa}) of the quarter, with their extensions. */
    public static final String QUARTER_RECORDS = """
            left join work_plan wp on wp.cadre_id = c.id and wp.plan_year = :year and wp.plan_quarter = :quarter
            left join self_assessment sa on sa.cadre_id = c.id and sa.period_year = :year
                                        and sa.period_quarter = :quarter
            """ + STEP_EXTENSIONS;

    // An extension moves the step's first late instant; overdue only once it has run out. They need the aliases wp,
    // sa, xp and xs of QUARTER_RECORDS.
    public static final String PLAN_LATE = """
            (:planOverdue and (wp.status is null or wp.status not in ('SUBMITTED', 'APPROVED'))
               and coalesce(xp.late_from <= :now, true))
              or wp.submitted_at >= coalesce(xp.late_from, :planCutoff)""";
    public static final String ASSESSMENT_LATE = """
            (:assessmentOverdue and (sa.status is null or sa.status <> 'SUBMITTED')
               and coalesce(xs.late_from <= :now, true))
              or sa.submitted_at >= coalesce(xs.late_from, :assessmentCutoff)""";

    /**
     * The first instant that is late: midnight in Vietnam at the start of the day after the last day in time; for a
     * step without a deadline, "never late", so the statements keep one shape.
     */
    public static OffsetDateTime cutoff(Optional<LocalDate> lastDayInTime, ZoneId zone) {
        return lastDayInTime.map(day -> day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).orElse(NEVER);
    }

    private QuarterRecordsSql() {
    }
}
