package vn.danhgia.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * The people behind one number of the dashboard: a quarter and unit as on the dashboard, and one of: a decided level
 * and/or a self-proposed level (the level bars, the trend and the outlier matrix), a score band (the histogram), or a
 * step not done yet (the steps table). Read from request parameters by {@link #parse}.
 */
public record DashboardSlice(Quarter quarter, Long unitId, boolean unitOnly, RatingLevel decided,
                             RatingLevel proposed, boolean proposedNone, ScoreBand band, DashboardStep pending) {

    /** The {@code proposed} value for ratings whose cadre proposed no level. */
    public static final String NONE = "NONE";

    public String quarterKey() {
        return QuarterParameter.format(quarter);
    }

    /** The population the slice is taken from. */
    DashboardSql.Population population() {
        if (pending != null) {
            return DashboardSql.Population.POSTED;
        }
        return band != null ? DashboardSql.Population.SCORED : DashboardSql.Population.RATED;
    }

    /** The SQL condition on the population and its parameters. */
    String condition() {
        if (pending != null) {
            // Not "(case when … then 1 else 0 end) = 0": the planner cannot estimate that, guesses one row in two
            // hundred and probes every cadre's records one by one.
            return "not coalesce(" + pending.doneCondition() + ", false)";
        }
        if (band != null) {
            return "(" + band.condition(DashboardSql.SCORE) + ")";
        }
        String proposedCondition = proposedNone ? "r.self_proposed_level is null"
                : proposed != null ? "r.self_proposed_level = :proposed" : "1 = 1";
        return (decided == null ? "1 = 1" : "r.decided_level = :decided") + " and " + proposedCondition;
    }

    Map<String, Object> parameters() {
        return Map.of("decided", decided == null ? "" : decided.name(),
                "proposed", proposed == null ? "" : proposed.name());
    }

    /**
     * Reads the parameters as the dashboard's links and the API send them; refuses with the fields that cannot be
     * read, and a slice that names nothing to list or mixes kinds.
     */
    public static DashboardSlice parse(String quarter, Long unit, Boolean unitOnly, String decided, String proposed,
                                       String band, String pending, Quarter current) {
        List<FieldViolation> violations = new ArrayList<>();
        Quarter chosen = QuarterParameter.parse(quarter, current, violations);
        RatingLevel decidedLevel = value("decided", decided, RatingLevel::valueOf, violations);
        boolean proposedNone = proposed != null && NONE.equalsIgnoreCase(proposed.strip());
        RatingLevel proposedLevel = proposedNone ? null
                : value("proposed", proposed, RatingLevel::valueOf, violations);
        ScoreBand scoreBand = value("band", band, ScoreBand::valueOf, violations);
        DashboardStep step = value("pending", pending, DashboardStep::valueOf, violations);
        boolean byLevel = decidedLevel != null || proposedLevel != null || proposedNone;
        int kinds = (byLevel ? 1 : 0) + (scoreBand != null ? 1 : 0) + (step != null ? 1 : 0);
        if (violations.isEmpty() && kinds != 1) {
            violations.add(FieldViolation.of("slice", "dashboard.validation.slice"));
        }
        if (Boolean.TRUE.equals(unitOnly) && unit == null) {
            violations.add(FieldViolation.of("unitOnly", "dashboard.validation.unitOnly"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DashboardSlice(chosen, unit, Boolean.TRUE.equals(unitOnly), decidedLevel, proposedLevel,
                proposedNone, scoreBand, step);
    }

    private static <T> T value(String field, String text, Function<String, T> parse, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add(FieldViolation.of(field, "dashboard.validation." + field, text));
            return null;
        }
    }
}
