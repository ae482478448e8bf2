package vn.danhgia.reporting.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.reporting.exchange.ReceivedReportSql.Stored;
import vn.danhgia.reporting.summary.LevelTotalsWorkbook;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The level above's side of the upward report (seed 002 §4 Bước 5: the Ban Tổ chức Tỉnh ủy receives the bodies'
 * reports "để tổng hợp"): importing the files the bodies' installations export, and consolidating a quarter.
 * <p>
 * A file is checked in full before anything is written ({@link UpwardReportReader}). One report is kept per sending
 * body and quarter: the same file again changes nothing; a file generated later replaces the stored one in place and
 * the audit trail keeps the totals before and after; a file generated earlier than the stored one is refused, so an
 * old file imported by mistake never overwrites a newer report. Importing is for the personnel office and the
 * administrator; the authority may read the consolidation too.
 */
@Service
public class ReceivedReportService {

    static final String RECORD_TYPE = "RECEIVED_REPORT";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<Role> IMPORT_ROLES = Set.of(Role.PERSONNEL_OFFICER, Role.ADMIN);
    private static final Set<Role> READ_ROLES = Set.of(Role.PERSONNEL_OFFICER, Role.ADMIN, Role.AUTHORITY);

    private final UpwardReportReader reader;
    private final ReceivedReportSql sql;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final DefaultPeriod defaultPeriod;
    private final LevelTotalsWorkbook workbook;
    private final MessageSource messages;

    ReceivedReportService(UpwardReportReader reader, ReceivedReportSql sql, AuditTrail audit,
                          CurrentActor currentActor, Clock clock, LevelTotalsWorkbook workbook,
                          MessageSource messages,
            DefaultPeriod defaultPeriod) {
        this.reader = reader;
        this.sql = sql;
        this.audit = audit;
        this.currentActor = currentActor;
        this.defaultPeriod = defaultPeriod;
        this.clock = clock;
        this.workbook = workbook;
        this.messages = messages;
    }

    /** Whether the signed-in person may import files (the page shows the upload form only to them). */
    public boolean mayImport() {
        return currentActor.get().roles().stream().anyMatch(IMPORT_ROLES::contains);
    }

    @Transactional
    public ImportResult importReport(byte[] file) {
        Actor actor = currentActor.get();
        if (!mayImport()) {
            throw new AccessRefusedException("exchange.import.refused");
        }
        UpwardReport report = reader.read(file);
        Instant now = Instant.now(clock);
        Optional<Stored> stored = sql.find(report.sender().code(), report.period().year(),
                ReceivedReportSql.quarterColumn(report.period()));
        if (stored.isEmpty()) {
            long id;
            try {
                id = sql.insert(report, actor.username(), now);
            } catch (DuplicateKeyException sameBodyMeanwhile) {
                throw new OptimisticLockingFailureException("received_report imported meanwhile", sameBodyMeanwhile);
            }
            audit.record(new AuditRecord("RECEIVED_REPORT_IMPORTED", RECORD_TYPE, id, null, null, trace(report)));
            return new ImportResult(ImportOutcome.CREATED, reread(report));
        }
        ReceivedReportSummary before = stored.get().summary();
        if (before.rowsSha256().equals(report.rowsSha256())) {
            return new ImportResult(ImportOutcome.UNCHANGED, before);
        }
        if (!report.generatedAt().isAfter(before.generatedAt())) {
            throw new RuleRefusedException("exchange.import.older", before.senderName(),
                    before.generatedAt().toString(), report.generatedAt().toString());
        }
        sql.replace(stored.get(), report, actor.username(), now);
        audit.record(new AuditRecord("RECEIVED_REPORT_REPLACED", RECORD_TYPE, before.id(), null, trace(before),
                trace(report)));
        return new ImportResult(ImportOutcome.REPLACED, reread(report));
    }

    /** The reports received for the quarter named as {@link Quarter#key()} ("2026-3"); blank means the current. */
    @Transactional(readOnly = true)
    public Consolidation consolidation(String quarterKey) {
        Quarter quarter = quarterKey == null || quarterKey.isBlank() ? defaultQuarter()
                : Quarter.fromKey(quarterKey.strip()).filter(chosen -> chosen.year() >= 2000
                        && chosen.year() <= 2200).orElseThrow(() -> new InvalidInputException(
                                List.of(FieldViolation.of("quarter", "exchange.quarter", quarterKey))));
        if (currentActor.get().roles().stream().noneMatch(READ_ROLES::contains)) {
            throw new AccessRefusedException("exchange.consolidation.refused");
        }
        List<ReceivedReportSummary> reports = sql.ofQuarter(quarter);
        LevelTally totals = new LevelTally();
        int notYetAnnounced = 0;
        for (ReceivedReportSummary report : reports) {
            totals.add(report.counts());
            notYetAnnounced += report.notYetAnnounced();
        }
        return new Consolidation(quarter, reports, totals.counts(), notYetAnnounced);
    }

    /**
     * The years' reports received for the year and the year's counts per track (Biểu 01 collectives, Biểu 02
     * individuals) summed over them, with the grand totals.
     */
    @Transactional(readOnly = true)
    public YearConsolidation yearConsolidation(Integer year) {
        if (year == null || year < 2000 || year > 2200) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "exchange.year", year)));
        }
        if (currentActor.get().roles().stream().noneMatch(READ_ROLES::contains)) {
            throw new AccessRefusedException("exchange.consolidation.refused");
        }
        List<ReceivedReportSummary> reports = sql.ofYear(year);
        LevelTally totals = new LevelTally();
        reports.forEach(report -> totals.add(report.counts()));
        return new YearConsolidation(year, reports, sql.trackTotals(year), totals.counts());
    }

    /**
     * Writes the consolidation as .xlsx: one row per sending body (saying how many of its ratings were not announced
     * yet) and the grand total.
     */
    public void writeConsolidated(Consolidation consolidation, OutputStream out) throws IOException {
        List<LevelTotalsWorkbook.Line> lines = consolidation.reports().stream().map(report -> {
            String label = report.senderName() + " (" + report.senderCode() + ")"
                    + (report.notYetAnnounced() == 0 ? ""
                    : "; " + text("exchange.consolidated.pending", report.notYetAnnounced()));
            return line(label, report.counts());
        }).toList();
        Quarter quarter = consolidation.quarter();
        LevelTotalsWorkbook.Texts texts = new LevelTotalsWorkbook.Texts(
                text("exchange.consolidated.title", quarter.roman(), String.valueOf(quarter.year())),
                text("exchange.consolidated.subtitle"), text("exchange.consolidated.body"),
                text("exchange.consolidated.total"),
                text("exchange.consolidated.note", consolidation.reports().size(), consolidation.notYetAnnounced()),
                text("exchange.consolidated.signer"));
        workbook.write(texts, lines, line(texts.totalLabel(), consolidation.totals()), out);
    }

    /** A file name of ASCII letters, digits and dashes: {@code tong-hop-bao-cao-cap-duoi-quy-3-2026.xlsx}. */
    public static String consolidatedFileName(Consolidation consolidation) {
        return "tong-hop-bao-cao-cap-duoi-quy-" + consolidation.quarter().number() + "-"
                + consolidation.quarter().year() + ".xlsx";
    }

    public Quarter currentQuarter() {
        return Quarter.containing(LocalDate.now(clock));
    }

    /** The quarter shown when the reader chose none: the one with their work in it, never an unrated one. */
    public Quarter defaultQuarter() {
        return defaultPeriod.forReader();
    }

    private static LevelTotalsWorkbook.Line line(String label, UpwardReport.LevelCounts counts) {
        return new LevelTotalsWorkbook.Line(label, counts.excellent(), counts.good(), counts.completed(),
                counts.notCompleted(), counts.total());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, VIETNAMESE);
    }

    private ReceivedReportSummary reread(UpwardReport report) {
        return sql.find(report.sender().code(), report.period().year(),
                ReceivedReportSql.quarterColumn(report.period())).orElseThrow().summary();
    }

    private static Map<String, Object> trace(UpwardReport report) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("sender", report.sender().code());
        trace.put("period", report.yearly() ? String.valueOf(report.period().year())
                : report.period().quarter() + "/" + report.period().year());
        trace.put("generatedAt", report.generatedAt().toString());
        trace.put("rowsSha256", report.rowsSha256());
        trace.put("totals", report.totals());
        return trace;
    }

    private static Map<String, Object> trace(ReceivedReportSummary stored) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("sender", stored.senderCode());
        trace.put("generatedAt", stored.generatedAt().toString());
        trace.put("rowsSha256", stored.rowsSha256());
        trace.put("totals", stored.counts());
        return trace;
    }
}
