package vn.danhgia.reporting.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.summary.AnnualLevelsReport;
import vn.danhgia.reporting.summary.QuarterlyForm;
import vn.danhgia.reporting.summary.QuarterlyReport;
import vn.danhgia.reporting.summary.QuarterlyReportService;
import vn.danhgia.reporting.summary.RatingLine;
import vn.danhgia.rules.RatingLevel;

/**
 * Makes the upward report of a quarter (seed 002 §4 Bước 5: the body reports the levels of the cadres it rates under
 * delegated authority to the Ban Thường vụ Tỉnh ủy through the Ban Tổ chức Tỉnh ủy, "theo Mẫu số 04"; seed 000 §III.4:
 * the office reports to the Đảng ủy UBND tỉnh). It holds the rows of Mẫu 04 that are final, the announced ones
 * (seed 002 §4 Bước 6), and counts those still waiting for the announcement.
 * <p>
 * Who may send it: the personnel office for the units it serves and the authority for the cadres it manages (the
 * offices that "tổng hợp, báo cáo"), and the administrator for the whole installation; the scope is Mẫu 04's
 * ({@link QuarterlyReportService}). A unit head reports to them, not upwards, and is refused. The report is from one
 * body, named by its unit code: the unit chosen, or the one top unit the person sees.
 */
@Service
public class UpwardReportService {

    private static final Set<Role> SENDER_ROLES = Set.of(Role.PERSONNEL_OFFICER, Role.AUTHORITY, Role.ADMIN);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final QuarterlyReportService quarterlyReports;
    private final AnnualLevelsReport annualLevels;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final MessageSource messages;

    UpwardReportService(QuarterlyReportService quarterlyReports, AnnualLevelsReport annualLevels,
                        OrganizationQueries organization, CurrentActor currentActor, Clock clock,
                        MessageSource messages) {
        this.quarterlyReports = quarterlyReports;
        this.annualLevels = annualLevels;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The upward report of the quarter for the person's scope, narrowed to {@code unit} and its subtree when given.
     * No sending role → 403; bad year, quarter or unit → 400 naming the field; several separate units seen and none
     * chosen → 400 asking for the unit.
     */
    @Transactional(readOnly = true)
    public UpwardReport export(String year, String quarter, Long unit) {
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(SENDER_ROLES::contains)) {
            throw new AccessRefusedException("exchange.export.refused");
        }
        QuarterlyReport report = quarterlyReports.prepare(QuarterlyForm.MAU_04.slug(), year, quarter, unit);
        UnitOption body = report.bodyUnit().orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("unit", "exchange.export.unit"))));
        List<UpwardReport.Row> rows = new ArrayList<>();
        Map<String, UnitCount> units = new LinkedHashMap<>();
        LevelTally totals = new LevelTally();
        int[] notYetAnnounced = {0};
        quarterlyReports.lines(report, line -> {
            if (!line.announced()) {
                notYetAnnounced[0]++;
                return;
            }
            RatingLevel level = RatingLevel.valueOf(line.decidedLevel());
            rows.add(row(line));
            units.computeIfAbsent(line.unitCode(), code -> new UnitCount(line.unitName())).tally().add(level);
            totals.add(level);
        });
        List<UpwardReport.UnitCounts> unitCounts = units.entrySet().stream()
                .map(entry -> new UpwardReport.UnitCounts(entry.getKey(), entry.getValue().name(),
                        entry.getValue().tally().counts()))
                .toList();
        String note = notYetAnnounced[0] == 0 ? null
                : messages.getMessage("exchange.export.notYetAnnounced", new Object[] {notYetAnnounced[0]},
                        VIETNAMESE);
        return new UpwardReport(UpwardReport.FORMAT, UpwardReport.VERSION,
                new UpwardReport.Body(body.code(), body.name()),
                UpwardReport.Period.quarter(report.quarter().year(), report.quarter().number()), Instant.now(clock),
                new UpwardReport.Person(actor.username(), actor.displayName()), notYetAnnounced[0], note, unitCounts,
                totals.counts(), rows, RowsChecksum.of(rows), null);
    }

    /**
     * The upward report of a year (issue 13 §7): the yearly level counts per track and unit of the unit's subtree,
     * the figures of the yearly tables Biểu 01 (collectives) and Biểu 02 (individuals) read from where those tables
     * read them ({@link AnnualLevelsReport}), with the year's marker and no rows. The body is the unit, which must be
     * chosen. No sending role → 403; bad year or unit → 400 naming the field.
     */
    @Transactional(readOnly = true)
    public UpwardReport exportYear(Integer year, Long unit) {
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(SENDER_ROLES::contains)) {
            throw new AccessRefusedException("exchange.export.refused");
        }
        if (unit == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("unit", "exchange.export.unit")));
        }
        AnnualLevelsReport.Prepared tables = annualLevels.prepare(AnnualLevelsReport.Kind.LEVELS, year, unit);
        UnitView body = organization.unit(new UnitId(unit)).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("unit", "exchange.export.unit"))));
        List<UpwardReport.TrackCounts> tracks = new ArrayList<>();
        LevelTally totals = new LevelTally();
        for (AnnualLevelsReport.Table table : tables.tables()) {
            List<UpwardReport.UnitCounts> units = table.lines().stream()
                    .map(line -> new UpwardReport.UnitCounts(line.unitCode(), line.label(), counts(line))).toList();
            UpwardReport.LevelCounts trackTotals = counts(table.total());
            tracks.add(new UpwardReport.TrackCounts(table.track(), units, trackTotals));
            totals.add(trackTotals);
        }
        List<UpwardReport.Row> rows = List.of();
        return new UpwardReport(UpwardReport.FORMAT, UpwardReport.VERSION, new UpwardReport.Body(body.code(),
                body.name()), UpwardReport.Period.year(year), Instant.now(clock),
                new UpwardReport.Person(actor.username(), actor.displayName()), 0, null, List.of(), totals.counts(),
                rows, RowsChecksum.of(rows), tracks);
    }

    /**
     * A file name of ASCII letters, digits and dashes: {@code bao-cao-cap-tren-quy-3-2026-VPUB-NB.json}, for a year
     * {@code bao-cao-cap-tren-nam-2026-VPUB-NB.json}.
     */
    public static String fileName(UpwardReport report) {
        String period = report.yearly() ? "nam-" + report.period().year()
                : "quy-" + report.period().quarter() + "-" + report.period().year();
        return "bao-cao-cap-tren-" + period + "-" + report.sender().code().replaceAll("[^A-Za-z0-9.-]", "-")
                + ".json";
    }

    private static UpwardReport.LevelCounts counts(AnnualLevelsReport.Line line) {
        return new UpwardReport.LevelCounts(line.excellent(), line.good(), line.completed(), line.notCompleted(),
                line.total());
    }

    private static UpwardReport.Row row(RatingLine line) {
        return new UpwardReport.Row(line.cadreCode(), line.fullName(), line.positionTitle(), line.unitCode(),
                line.unitName(), line.selfProposedLevel(), line.decidedLevel(),
                line.decisionNote());
    }

    private record UnitCount(String name, LevelTally tally) {

        UnitCount(String name) {
            this(name, new LevelTally());
        }
    }
}
