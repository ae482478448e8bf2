package vn.danhgia.reporting.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * The dashboard of a quarter (bảng điều hành) for the person's scope, optionally narrowed to a unit's subtree: the
 * steps against the scheme's deadlines, the decided levels per unit and over the last quarters, the score bands, and
 * the self-proposed against the decided levels. Every number can be opened as the list of the people behind it.
 */
public record Dashboard(Quarter quarter, Long unitId, LocalDate today, String schemeName, boolean rated,
                        long people, long deferred, List<StepProgress> steps, int unitBars, List<LevelRow> byUnit,
                        List<LevelRow> byQuarter, List<BandCount> scores, List<OutlierRow> outliers,
                        List<UnitOption> units) {

    /** How many quarters back the trend goes, the chosen one included. */
    public static final int TREND_QUARTERS = 12;
    /** The most bars the per-unit chart shows; {@code unitBars} says how many units there were to show. */
    public static final int MAX_UNIT_BARS = 30;

    public Dashboard {
        steps = List.copyOf(steps);
        byUnit = List.copyOf(byUnit);
        byQuarter = List.copyOf(byQuarter);
        scores = List.copyOf(scores);
        outliers = List.copyOf(outliers);
        units = List.copyOf(units);
    }

    public String quarterKey() {
        return QuarterParameter.format(quarter);
    }

    public int trendQuarters() {
        return byQuarter.size();
    }

    /** The levels in their order, best first: the columns of the level tables. */
    public List<RatingLevel> levels() {
        return List.of(RatingLevel.values());
    }

    /** Ratings decided below what the person proposed for themselves (the seeds' "discrepancy"). */
    public long proposedHigher() {
        return outliers.stream().filter(row -> row.proposed() != null)
                .mapToLong(row -> row.decided().entrySet().stream()
                        .filter(cell -> row.proposed().isAbove(cell.getKey())).mapToLong(Map.Entry::getValue).sum())
                .sum();
    }

    /**
     * One step of the quarter: its deadline (null when the scheme sets none) and the days left until it (negative once
     * passed), the people done, done after the deadline, and not done yet; overdue when the deadline has passed with
     * people not done.
     */
    public record StepProgress(DashboardStep step, LocalDate deadline, Long daysLeft, long done, long doneLate,
                               long pending) {

        public boolean overdue() {
            return daysLeft != null && daysLeft < 0 && pending > 0;
        }

        /** Done as a whole percentage of those on the list, for the progress bar. */
        public int percentOf(long people) {
            return people == 0 ? 0 : (int) (done * 100 / people);
        }
    }

    /**
     * Decided levels of one bar: a unit (with the units below it unless {@code unitOnly}) in the chosen quarter, or
     * the chosen unit (or the whole scope) in one quarter of the trend.
     */
    public record LevelRow(Long unitId, String unitName, boolean unitOnly, Quarter quarter,
                           Map<RatingLevel, Long> counts) {

        public LevelRow {
            counts = Map.copyOf(counts);
        }

        public long count(RatingLevel level) {
            return counts.getOrDefault(level, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public String quarterKey() {
            return QuarterParameter.format(quarter);
        }
    }

    public record BandCount(ScoreBand band, long count) {
    }

    /** Decided levels of those who proposed {@code proposed} for themselves (null: proposed none). */
    public record OutlierRow(RatingLevel proposed, Map<RatingLevel, Long> decided) {

        public OutlierRow {
            decided = Map.copyOf(decided);
        }

        public long count(RatingLevel level) {
            return decided.getOrDefault(level, 0L);
        }

        public long total() {
            return decided.values().stream().mapToLong(Long::longValue).sum();
        }

        /** "NONE" for those who proposed nothing: the drill-down's parameter. */
        public String proposedKey() {
            return proposed == null ? DashboardSlice.NONE : proposed.name();
        }
    }
}
