package vn.danhgia.reporting.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.LevelCountsSql;
import vn.danhgia.reporting.QuarterRecordsSql;
import vn.danhgia.reporting.ReportPeriod;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.DecidedRating;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.LateRow;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.QuotaRow;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.ReplacementAlert;
import vn.danhgia.rules.yearend.YearEndReview;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Consolidated reports (báo cáo tổng hợp) for a quarter or a year, for a unit in the person's scope, everything the
 * person's authority manages, or the province for the administrator (the same scope as the quarterly tables,
 * {@link ReportScopes}), as one .xlsx:
 * <ul>
 *   <li>for a year, Mẫu 04/05/06 with the levels of quarters I–IV (seed 002 §4 Bước 5–6);</li>
 *   <li>counts and shares per unit and level;</li>
 *   <li>EXCELLENT decisions per peer group against the places allowed (seed 000 §III.3.1, seed 002 §6.1);</li>
 *   <li>plans and self-assessments late against the scheme's deadlines (seed 002 §4 Bước 1–2, seed 000 §III.4);</li>
 *   <li>head's and own proposals that differ from the level decided (seed 000 §III.4, the head's accountability);</li>
 *   <li>replacement alerts and cadres who cannot be EXCELLENT for the year (seed 002 §5).</li>
 * </ul>
 * A fixed number of statements however many cadres: the late submissions one per quarter of the period, each other
 * part one.
 */
@Service
public class ConsolidatedReportService {


    private final ReportScopes scopes;
    private final SchemeCatalog schemes;
    private final Clock clock;
    private final ConsolidatedReportSql sql;
    private final LevelCountsSql levelCounts;
    private final MessageSource messages;

    ConsolidatedReportService(ReportScopes scopes, SchemeCatalog schemes, Clock clock, ConsolidatedReportSql sql,
                              LevelCountsSql levelCounts, MessageSource messages) {
        this.scopes = scopes;
        this.schemes = schemes;
        this.clock = clock;
        this.sql = sql;
        this.levelCounts = levelCounts;
        this.messages = messages;
    }

    /** The page's choices: the units the person may narrow to, and the current year. Refuses non-reporters (403). */
    @Transactional(readOnly = true)
    public ReportChoices choices() {
        UnitTree tree = scopes.tree();
        return new ReportChoices(scopes.unitOptions(tree), scopes.today().getYear());
    }

    /**
     * Checks the request: a year from 2000 to 2200 (blank: this year), a quarter 1–4 or blank for the whole year, a
     * known unit → else 400 naming the field; no reporting role → 403.
     */
    @Transactional(readOnly = true)
    public ConsolidatedReport prepare(String year, String quarter, String unitText) {
        List<FieldViolation> violations = new ArrayList<>();
        Long unit = null;
        if (unitText != null && !unitText.isBlank()) {
            try {
                unit = Long.valueOf(unitText.strip());
            } catch (NumberFormatException notANumber) {
                violations.add(FieldViolation.of("unit", "reporting.validation.unit", unitText.strip()));
            }
        }
        LocalDate today = scopes.today();
        Integer chosenYear = year == null || year.isBlank() ? Integer.valueOf(today.getYear())
                : QuarterlyReportService.checkYear(year, violations);
        Integer chosenQuarter = quarter == null || quarter.isBlank() ? null
                : QuarterlyReportService.checkQuarter(quarter, violations);
        UnitTree tree = scopes.tree();
        violations.addAll(ReportScopes.checkUnit(unit, tree));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ReportScope scope = scopes.of(unit, tree);
        ReportPeriod period = new ReportPeriod(chosenYear, chosenQuarter);
        return new ConsolidatedReport(period, unit, scope, period.postedOn(today));
    }

    /** Streams the report's sheets to {@code out}, each from its own statement. */
    @Transactional(readOnly = true)
    public void write(ConsolidatedReport report, OutputStream out) throws IOException {
        ReportPeriod period = report.period();
        ReportScope scope = report.scope();
        LocalDate today = scopes.today();
        String periodTitle = period.wholeYear() ? text("reports.period.year", period.year())
                : text("reports.period.quarter", period.quarter(), period.year());
        try (ConsolidatedWorkbook workbook = new ConsolidatedWorkbook(messages,
                scope.bodyName().toUpperCase(ReportScopes.VIETNAMESE), periodTitle)) {
            if (period.wholeYear()) {
                for (QuarterlyForm form : QuarterlyForm.values()) {
                    ConsolidatedWorkbook.YearTable table = workbook.yearTable(form, period.year());
                    sql.yearLines(period.year(), report.postedOn(), scope, form.higherAuthority(), table::line);
                    table.finish(today);
                }
            }
            ConsolidatedWorkbook.CountsTable counts = workbook.countsTable();
            levelCounts.perUnit(period, scope, counts::unit);
            counts.finish();
            writeQuota(period, scope, workbook.quotaTable());
            writeLate(report, today, workbook.lateTable());
            ConsolidatedWorkbook.DiscrepancyTable discrepancies = workbook.discrepancyTable();
            sql.discrepancies(period, scope, discrepancies::discrepancy);
            writeAlerts(period, scope, workbook);
            workbook.write(out);
        }
    }

    /**
     * Places per peer group and quarter from the levels decided, counted as {@link DecidedQuotaGroup} says; the scheme
     * in force for the quarter supplies the share. Ratings decided with no peer group recorded are named per quarter
     * rather than left out unseen (issue 12 §1: the sheet was empty).
     */
    private void writeQuota(ReportPeriod period, ReportScope scope, ConsolidatedWorkbook.QuotaTable table) {
        // The rules of each quarter are looked up once, not once per group.
        Map<Integer, RatingRules> rulesByQuarter = new HashMap<>();
        for (Quarter quarter : period.quarters()) {
            rulesByQuarter.put(quarter.number(), schemes.inForce(quarter.firstDay())
                    .map(EvaluationSchemeView::ratingRules).orElse(RatingRules.defaults()));
        }
        for (QuotaRow row : sql.quotaGroups(period, scope)) {
            if (row.group() == null) {
                table.ungrouped(row.quarter(), row.decided());
                continue;
            }
            DecidedQuotaGroup group = DecidedQuotaGroup.of(row, rulesByQuarter.get(row.quarter()));
            table.group(row.group(), row.quarter(), row.decided(), group.qualified(), group.allowance(),
                    group.excellent());
        }
        table.finish();
    }

    /**
     * Late against the scheme in force for each quarter, as the progress board counts it: submitted on a day after
     * the last day in time, or nothing submitted once that day has passed (days counted to today). A quarter the
     * scheme does not rate asks nothing (seed 000 §I.2.2: quarter IV is rated with the year), and a quarter whose
     * tasks are listed directly in the self-assessment asks no plan (seed 002 §4 Bước 2, quý II/2026), as the
     * dashboard, the reminders and the planning service see them (issue 12 §1).
     */
    private void writeLate(ConsolidatedReport report, LocalDate today, ConsolidatedWorkbook.LateTable table) {
        ZoneId zone = clock.getZone();
        for (Quarter quarter : report.period().quarters()) {
            if (quarter.firstDay().isAfter(today)) {
                continue;
            }
            Optional<EvaluationSchemeView> rating = schemes.inForce(quarter.firstDay())
                    .filter(s -> s.rates(quarter));
            if (rating.isEmpty()) {
                continue;
            }
            Optional<LocalDate> planDay = rating.filter(s -> !s.listsTasksDirectly(quarter))
                    .flatMap(s -> s.lastDayInTime(DeadlineStep.PLAN, quarter));
            Optional<LocalDate> assessmentDay = rating
                    .flatMap(s -> s.lastDayInTime(DeadlineStep.SELF_ASSESSMENT, quarter));
            LocalDate postedOn = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
            sql.late(quarter.year(), quarter.number(), postedOn, report.scope(),
                    planDay.map(today::isAfter).orElse(false), QuarterRecordsSql.cutoff(planDay, zone),
                    assessmentDay.isPresent(),
                    assessmentDay.map(today::isAfter).orElse(false), QuarterRecordsSql.cutoff(assessmentDay, zone),
                    clock.instant().atZone(zone).toOffsetDateTime(), row -> late(row, quarter, planDay, assessmentDay, today, zone, table));
        }
        table.finish();
    }

    private static void late(LateRow row, Quarter quarter, Optional<LocalDate> planDay,
                             Optional<LocalDate> assessmentDay, LocalDate today, ZoneId zone,
                             ConsolidatedWorkbook.LateTable table) {
        // Issue 12: late against the cadre's extension (gia hạn) where one was granted, as the row was selected.
        if (row.planLate()) {
            lateStep(row, quarter, "PLAN", Optional.ofNullable(row.planExtendedTo()).orElse(planDay.orElseThrow()),
                    row.planSubmittedAt(), today, zone, table);
        }
        if (row.assessmentLate()) {
            lateStep(row, quarter, "SELF_ASSESSMENT",
                    Optional.ofNullable(row.assessmentExtendedTo()).orElse(assessmentDay.orElseThrow()),
                    row.assessmentSubmittedAt(), today, zone, table);
        }
    }

    private static void lateStep(LateRow row, Quarter quarter, String step, LocalDate lastDayInTime,
                                 OffsetDateTime submittedAt, LocalDate today, ZoneId zone,
                                 ConsolidatedWorkbook.LateTable table) {
        LocalDate submitted = submittedAt == null ? null : submittedAt.atZoneSameInstant(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(lastDayInTime, submitted == null ? today : submitted);
        table.late(row.fullName(), row.unitName(), quarter.number(), step, lastDayInTime, submitted, days);
    }

    /**
     * Each cadre's decided quarters, read in one pass grouped by cadre: replacement alerts whose run touches the
     * period, and "no EXCELLENT this year" after a NOT_COMPLETED quarter of the year up to the period's end.
     */
    private void writeAlerts(ReportPeriod period, ReportScope scope, ConsolidatedWorkbook workbook) {
        ConsolidatedWorkbook.AlertTable table = workbook.alertTable();
        List<DecidedRating> cadre = new ArrayList<>();
        sql.decidedRatings(period.year(), scope, rating -> {
            if (!cadre.isEmpty() && cadre.get(0).cadreId() != rating.cadreId()) {
                alerts(cadre, period, workbook, table);
                cadre.clear();
            }
            cadre.add(rating);
        });
        if (!cadre.isEmpty()) {
            alerts(cadre, period, workbook, table);
        }
        table.finish();
    }

    private static void alerts(List<DecidedRating> ratings, ReportPeriod period, ConsolidatedWorkbook workbook,
                               ConsolidatedWorkbook.AlertTable table) {
        DecidedRating last = ratings.get(ratings.size() - 1);
        List<PeriodRating> periods = ratings.stream().map(ConsolidatedReportService::periodRating).toList();
        int firstSequence = sequence(period.year(), period.firstQuarter());
        int lastSequence = sequence(period.year(), period.lastQuarter());
        for (ReplacementAlert alert : new YearEndReview(periods).replacementAlerts()) {
            if (alert.from().sequence() <= lastSequence && alert.to().sequence() >= firstSequence) {
                table.alert(last.fullName(), last.unitName(), workbook.text("reports.alerts.replace", alert.periods()),
                        workbook.text("reports.alerts.run", quarterOf(alert.from()), alert.from().year(),
                                quarterOf(alert.to()), alert.to().year()));
            }
        }
        List<PeriodRating> yearSoFar = periods.stream()
                .filter(rating -> rating.year() == period.year())
                .filter(rating -> rating.period().ordinal() < period.lastQuarter())
                .toList();
        if (!new YearEndReview(yearSoFar).excellentAllowed(period.year())) {
            String quarters = String.join(", ", yearSoFar.stream()
                    .filter(rating -> rating.level() == RatingLevel.NOT_COMPLETED)
                    .map(rating -> workbook.text("reports.quarterOfYear", quarterOf(rating), rating.year()))
                    .toList());
            table.alert(last.fullName(), last.unitName(), workbook.text("reports.alerts.noExcellent", period.year()),
                    workbook.text("reports.alerts.notCompletedIn", quarters));
        }
    }

    private static PeriodRating periodRating(DecidedRating rating) {
        RatingLevel decided = RatingLevel.valueOf(rating.decided());
        RatingLevel proposed = rating.headProposed() == null ? decided : RatingLevel.valueOf(rating.headProposed());
        return new PeriodRating(rating.year(), RatedPeriod.values()[rating.quarter() - 1], decided, proposed);
    }

    private static int sequence(int year, int quarter) {
        return PeriodRating.of(year, RatedPeriod.values()[quarter - 1], RatingLevel.GOOD).sequence();
    }

    private static int quarterOf(PeriodRating rating) {
        return rating.period().ordinal() + 1;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ReportScopes.VIETNAMESE);
    }
}
