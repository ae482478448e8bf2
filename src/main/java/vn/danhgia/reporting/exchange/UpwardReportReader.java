package vn.danhgia.reporting.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.ControlCharacters;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * Reads an upward report file and checks it before anything is stored, naming every fault in Vietnamese: not JSON,
 * another format or version (checked first, so a newer version is named as such rather than as unknown fields), a
 * control character in any text, a missing or over-long field, an unknown level, a period that cannot be or has not
 * begun, rows whose SHA-256 differs from the file's (altered or damaged on the way), and counts per unit or in total
 * that do not add up to the rows.
 */
@Component
class UpwardReportReader {

    private static final Set<String> LEVELS = Stream.of(RatingLevel.values()).map(Enum::name)
            .collect(Collectors.toSet());
    /** The tracks of a year's report: Biểu 01 (collectives) and Biểu 02 (individuals). */
    static final Set<String> TRACKS = Set.of("COLLECTIVE", "STATE");

    private final JsonMapper json;
    private final Clock clock;

    UpwardReportReader(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    UpwardReport read(byte[] file) {
        if (file == null || file.length == 0) {
            throw invalid(FieldViolation.of("file", "exchange.import.empty"));
        }
        JsonNode tree;
        try {
            tree = json.readTree(file);
        } catch (JacksonException unreadable) {
            TokenStreamLocation where = unreadable.getLocation();
            throw invalid(FieldViolation.of("file", "exchange.import.notJson",
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr()));
        }
        if (tree == null || !tree.isObject() || !UpwardReport.FORMAT.equals(tree.path("format").asString(null))) {
            throw invalid(FieldViolation.of("format", "exchange.import.format", UpwardReport.FORMAT));
        }
        JsonNode version = tree.path("version");
        if (!version.isInt() || version.intValue() != UpwardReport.VERSION) {
            throw invalid(FieldViolation.of("version", "exchange.import.version", version.asString("?"),
                    UpwardReport.VERSION));
        }
        List<FieldViolation> unreadableText = new ArrayList<>();
        refuseControlCharacters(tree, "", unreadableText);
        if (!unreadableText.isEmpty()) {
            throw new InvalidInputException(unreadableText);
        }
        UpwardReport report;
        try {
            report = json.treeToValue(tree, UpwardReport.class);
        } catch (JacksonException wrongShape) {
            String field = path(wrongShape);
            throw invalid(FieldViolation.of(field, "exchange.import.shape", field));
        }
        List<FieldViolation> violations = new ArrayList<>();
        checkFields(report, violations);
        if (violations.isEmpty()) {
            checkPeriod(report.period(), violations);
            checkChecksum(report, violations);
            checkCounts(report, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return report;
    }

    private static void checkFields(UpwardReport report, List<FieldViolation> violations) {
        required(violations, "sender", report.sender());
        required(violations, "period", report.period());
        required(violations, "generatedAt", report.generatedAt());
        required(violations, "notYetAnnounced", report.notYetAnnounced());
        required(violations, "units", report.units());
        required(violations, "totals", report.totals());
        required(violations, "rows", report.rows());
        required(violations, "rowsSha256", report.rowsSha256());
        if (report.sender() != null) {
            text(violations, "sender.code", report.sender().code(), 60, true);
            text(violations, "sender.name", report.sender().name(), 255, true);
        }
        if (report.period() != null) {
            required(violations, "period.year", report.period().year());
            String kind = report.period().kind();
            if (kind != null && !UpwardReport.YEAR.equals(kind) && !UpwardReport.QUARTER.equals(kind)) {
                violations.add(FieldViolation.of("period.kind", "exchange.import.periodKind", kind));
            } else if (report.yearly()) {
                required(violations, "tracks", report.tracks());
            } else {
                required(violations, "period.quarter", report.period().quarter());
            }
        }
        checkTrackFields(report, violations);
        if (report.generatedBy() != null) {
            text(violations, "generatedBy.name", report.generatedBy().name(), 255, false);
        }
        text(violations, "note", report.note(), 1000, false);
        if (report.notYetAnnounced() != null && report.notYetAnnounced() < 0) {
            violations.add(FieldViolation.of("notYetAnnounced", "exchange.import.negative"));
        }
        counts(violations, "totals", report.totals());
        if (report.units() != null) {
            for (int i = 0; i < report.units().size(); i++) {
                checkUnit(report.units().get(i), "units[" + i + "]", violations);
            }
        }
        if (report.rows() != null) {
            for (int i = 0; i < report.rows().size(); i++) {
                checkRow(report.rows().get(i), "rows[" + i + "]", violations);
            }
        }
    }

    /** A year's tracks: only in a year's report, each a known track once, its units as a quarter's are. */
    private static void checkTrackFields(UpwardReport report, List<FieldViolation> violations) {
        if (report.tracks() == null) {
            return;
        }
        if (!report.yearly()) {
            violations.add(FieldViolation.of("tracks", "exchange.import.tracksInQuarter"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < report.tracks().size(); t++) {
            UpwardReport.TrackCounts track = report.tracks().get(t);
            String field = "tracks[" + t + "]";
            if (track == null) {
                violations.add(FieldViolation.of(field, "exchange.import.required"));
                continue;
            }
            if (track.track() == null || !TRACKS.contains(track.track()) || !seen.add(track.track())) {
                violations.add(FieldViolation.of(field + ".track", "exchange.import.track", track.track()));
            }
            required(violations, field + ".units", track.units());
            required(violations, field + ".totals", track.totals());
            counts(violations, field + ".totals", track.totals());
            if (track.units() != null) {
                for (int i = 0; i < track.units().size(); i++) {
                    checkUnit(track.units().get(i), field + ".units[" + i + "]", violations);
                }
            }
        }
    }

    private static void checkUnit(UpwardReport.UnitCounts unit, String field, List<FieldViolation> violations) {
        if (unit == null) {
            violations.add(FieldViolation.of(field, "exchange.import.required"));
            return;
        }
        text(violations, field + ".code", unit.code(), 60, true);
        text(violations, field + ".name", unit.name(), 255, true);
        required(violations, field + ".counts", unit.counts());
        counts(violations, field + ".counts", unit.counts());
    }

    private static void checkRow(UpwardReport.Row row, String field, List<FieldViolation> violations) {
        if (row == null) {
            violations.add(FieldViolation.of(field, "exchange.import.required"));
            return;
        }
        text(violations, field + ".cadreCode", row.cadreCode(), 40, true);
        text(violations, field + ".fullName", row.fullName(), 255, true);
        text(violations, field + ".position", row.position(), 255, false);
        text(violations, field + ".unitCode", row.unitCode(), 60, true);
        text(violations, field + ".unitName", row.unitName(), 255, true);
        text(violations, field + ".note", row.note(), 6100, false);
        if (row.level() == null || !LEVELS.contains(row.level())) {
            violations.add(FieldViolation.of(field + ".level", "exchange.import.level", row.level()));
        }
        if (row.selfProposedLevel() != null && !LEVELS.contains(row.selfProposedLevel())) {
            violations.add(FieldViolation.of(field + ".selfProposedLevel", "exchange.import.level",
                    row.selfProposedLevel()));
        }
    }

    /** Seed 002 §4 Bước 5 reports a quarter's results: a real quarter that has begun. */
    private void checkPeriod(UpwardReport.Period period, List<FieldViolation> violations) {
        if (UpwardReport.YEAR.equals(period.kind())) {
            // A year's report: a real year that has begun.
            int year = period.year();
            if (year < 2000 || year > 2200 || year > LocalDate.now(clock).getYear()) {
                violations.add(FieldViolation.of("period", "exchange.import.periodYear", year));
            }
            return;
        }
        int year = period.year();
        int quarter = period.quarter();
        Quarter current = Quarter.containing(LocalDate.now(clock));
        boolean known = year >= 2000 && year <= 2200 && quarter >= 1 && quarter <= 4
                && new Quarter(year, quarter).compareTo(current) <= 0;
        if (!known) {
            violations.add(FieldViolation.of("period", "exchange.import.period", quarter, year));
        }
    }

    private static void checkChecksum(UpwardReport report, List<FieldViolation> violations) {
        if (!RowsChecksum.of(report.rows()).equals(report.rowsSha256())) {
            violations.add(FieldViolation.of("rowsSha256", "exchange.import.checksum"));
        }
    }

    /** The totals and each unit's counts must be what the rows add up to, and the units must hold every row. */
    private static void checkCounts(UpwardReport report, List<FieldViolation> violations) {
        if (report.yearly()) {
            checkYearCounts(report, violations);
            return;
        }
        LevelTally fromRows = new LevelTally();
        Map<String, LevelTally> perUnit = new HashMap<>();
        for (UpwardReport.Row row : report.rows()) {
            RatingLevel level = RatingLevel.valueOf(row.level());
            fromRows.add(level);
            perUnit.computeIfAbsent(row.unitCode(), code -> new LevelTally()).add(level);
        }
        if (!fromRows.counts().equals(report.totals())) {
            violations.add(FieldViolation.of("totals", "exchange.import.totals", describe(report.totals()),
                    describe(fromRows.counts())));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < report.units().size(); i++) {
            UpwardReport.UnitCounts unit = report.units().get(i);
            if (!seen.add(unit.code())) {
                violations.add(FieldViolation.of("units[" + i + "].code", "exchange.import.unitTwice", unit.code()));
                continue;
            }
            LevelTally rows = perUnit.getOrDefault(unit.code(), new LevelTally());
            if (unit.counts() != null && !rows.counts().equals(unit.counts())) {
                violations.add(FieldViolation.of("units[" + i + "].counts", "exchange.import.unitCounts",
                        unit.code(), describe(unit.counts()), describe(rows.counts())));
            }
        }
        perUnit.keySet().stream().filter(code -> !seen.contains(code)).sorted().forEach(code ->
                violations.add(FieldViolation.of("units", "exchange.import.unitMissing", code)));
    }

    /**
     * A year's report has no rows nor units of its own: each track's totals are what its units add up to, each unit
     * once, and the file's totals what the tracks add up to.
     */
    private static void checkYearCounts(UpwardReport report, List<FieldViolation> violations) {
        if (!report.rows().isEmpty() || !report.units().isEmpty()) {
            violations.add(FieldViolation.of("rows", "exchange.import.yearHasRows"));
        }
        LevelTally all = new LevelTally();
        for (int t = 0; t < report.tracks().size(); t++) {
            UpwardReport.TrackCounts track = report.tracks().get(t);
            LevelTally units = new LevelTally();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < track.units().size(); i++) {
                UpwardReport.UnitCounts unit = track.units().get(i);
                if (!seen.add(unit.code())) {
                    violations.add(FieldViolation.of("tracks[" + t + "].units[" + i + "].code",
                            "exchange.import.unitTwice", unit.code()));
                }
                units.add(unit.counts());
            }
            if (!units.counts().equals(track.totals())) {
                violations.add(FieldViolation.of("tracks[" + t + "].totals", "exchange.import.totals",
                        describe(track.totals()), describe(units.counts())));
            }
            all.add(track.totals());
        }
        if (!all.counts().equals(report.totals())) {
            violations.add(FieldViolation.of("totals", "exchange.import.totals", describe(report.totals()),
                    describe(all.counts())));
        }
    }

    private static String describe(UpwardReport.LevelCounts counts) {
        return counts.excellent() + "/" + counts.good() + "/" + counts.completed() + "/" + counts.notCompleted()
                + "/" + counts.total();
    }

    private static void counts(List<FieldViolation> violations, String field, UpwardReport.LevelCounts counts) {
        if (counts == null) {
            return;
        }
        Long[] values = {counts.excellent(), counts.good(), counts.completed(), counts.notCompleted(), counts.total()};
        if (Stream.of(values).anyMatch(Objects::isNull)) {
            violations.add(FieldViolation.of(field, "exchange.import.countsMissing"));
        } else if (Stream.of(values).anyMatch(value -> value < 0 || value > Integer.MAX_VALUE)) {
            violations.add(FieldViolation.of(field, "exchange.import.negative"));
        }
    }

    private static void required(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, "exchange.import.required"));
        }
    }

    private static void text(List<FieldViolation> violations, String field, String value, int maxLength,
                             boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(FieldViolation.of(field, "exchange.import.required"));
            }
        } else if (value.length() > maxLength) {
            violations.add(FieldViolation.of(field, "exchange.import.tooLong", maxLength));
        }
    }

    /**
     * Text no installation lets anyone type (a control character, {@link ControlCharacters}): refused naming the field,
     * as the pages and the API refuse it, before it can reach the database.
     */
    private static void refuseControlCharacters(JsonNode node, String path, List<FieldViolation> violations) {
        if (node.isString()) {
            ControlCharacters.checkText(path, node.asString()).ifPresent(violations::add);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseControlCharacters(node.get(i), path + "[" + i + "]", violations);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                refuseControlCharacters(property.getValue(),
                        path.isEmpty() ? property.getKey() : path + "." + property.getKey(), violations);
            }
        }
    }

    private static String path(JacksonException wrongShape) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : wrongShape.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static InvalidInputException invalid(FieldViolation violation) {
        return new InvalidInputException(List.of(violation));
    }
}
