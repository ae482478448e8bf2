package vn.danhgia.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.imports.internal.Days;
import vn.danhgia.imports.internal.ImportRow;
import vn.danhgia.imports.internal.ImportUploads.Upload;
import vn.danhgia.imports.internal.ImportUploads;
import vn.danhgia.imports.internal.ImportWorkbook;
import vn.danhgia.imports.internal.Importer;
import vn.danhgia.imports.internal.Instructions;
import vn.danhgia.imports.internal.PlannedRecord;
import vn.danhgia.imports.internal.Problems;
import vn.danhgia.imports.internal.SheetLayout;
import vn.danhgia.imports.internal.TemplateWriter;
import vn.danhgia.imports.internal.VietnameseMessages;
import vn.danhgia.imports.internal.WriteLog;
import vn.danhgia.organization.OrganizationRefusal;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.accounts.IssuedPassword;

/**
 * Imports from Excel. An upload is a dry run: the file is read, every row checked, and the writes of the rows without
 * problems are tried through the owning services in a transaction that is always rolled back, so the services' own
 * rules are checked too; the
 * report lists every problem and what each record would become. Only a file without problems is kept (by id and
 * SHA-256) for confirmation, which checks it all again and writes it in one transaction, or nothing when any row is
 * refused. Records already stored as the file has them are left alone: importing the same file twice writes nothing
 * the second time, not even an audit entry.
 */
@Service
public class ImportService {

    public static final String RECORD_TYPE = "IMPORT";
    private final Map<ImportKind, Importer> importers = new EnumMap<>(ImportKind.class);
    private final CurrentActor currentActor;
    private final ImportUploads uploads;
    private final AuditTrail auditTrail;
    private final VietnameseMessages vietnamese;
    private final TransactionTemplate transactions;

    ImportService(List<Importer> importers, CurrentActor currentActor, ImportUploads uploads, AuditTrail auditTrail,
                  VietnameseMessages vietnamese, PlatformTransactionManager transactionManager) {
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
        this.currentActor = currentActor;
        this.uploads = uploads;
        this.auditTrail = auditTrail;
        this.vietnamese = vietnamese;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The kinds the signed-in person may import, in the order of {@link ImportKind}. */
    public List<ImportKind> kinds() {
        Actor actor = currentActor.get();
        return importers.values().stream().filter(importer -> importer.mayUse(actor)).map(Importer::kind).toList();
    }

    public byte[] template(ImportKind kind) {
        SheetLayout layout = allowed(kind, currentActor.get()).layout();
        Instructions instructions = new Instructions(vietnamese.text("imports.template.instructions"),
                List.of(vietnamese.text("imports.template.column"), vietnamese.text("imports.template.required"),
                        vietnamese.text("imports.template.accepts"), vietnamese.text("imports.template.example")),
                layout.columns().stream().map(column -> vietnamese.text(column.hintKey())).toList(),
                List.of(vietnamese.text("imports.template.yes"), vietnamese.text("imports.template.no")));
        return TemplateWriter.write(layout, headers(layout), instructions);
    }

    /** The dry run: nothing the file describes is written; a file without problems is kept for confirmation. */
    public ImportReport preview(ImportKind kind, String fileName, byte[] content) {
        Actor actor = currentActor.get();
        Importer importer = allowed(kind, actor);
        String checksum = sha256(content);
        Run run = run(importer, actor, content, null);
        ImportReport report = run.report(kind, 0, fileName, checksum, false);
        if (report.hasChanges()) {
            long uploadId = uploads.store(kind, actor.accountId(), fileName, checksum, content);
            return run.report(kind, uploadId, fileName, checksum, false);
        }
        return report;
    }

    /** Checks the kept file again and writes it all, or nothing when anything is refused. */
    public ImportReport confirm(ImportKind kind, long uploadId) {
        Actor actor = currentActor.get();
        Importer importer = allowed(kind, actor);
        Upload upload = uploads.find(uploadId, actor.accountId(), kind)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, uploadId));
        if (upload.applied()) {
            throw new RuleRefusedException("imports.refusal.already-applied", upload.fileName());
        }
        Run run = run(importer, actor, upload.content(), upload);
        boolean applied = !run.problems().any() && run.changes();
        if (!run.problems().any() && !run.changes()) {
            uploads.remove(uploadId);
        }
        return run.report(kind, uploadId, upload.fileName(), upload.checksum(), applied);
    }

    private Run run(Importer importer, Actor actor, byte[] content, Upload confirming) {
        SheetLayout layout = importer.layout();
        Problems problems = new Problems(layout, headers(layout));
        List<ImportRow> rows = ImportWorkbook.read(content, layout, problems);
        if (problems.any()) {
            return new Run(problems, List.of(), List.of());
        }
        return transactions.execute(status -> {
            List<PlannedRecord> plan = importer.plan(rows, actor, problems);
            // The rows without problems are written even when others have some, so that the services' own rules
            // are tried on them too and the report lists every problem at once; the transaction then rolls back.
            WriteLog log = new WriteLog(confirming == null);
            for (PlannedRecord planned : plan) {
                if (planned.action() != ImportAction.UNCHANGED && !write(planned, log, layout, problems)) {
                    break;
                }
            }
            Run run = new Run(problems, plan, log.passwords());
            if (confirming != null && !problems.any() && run.changes()) {
                if (!uploads.markApplied(confirming.id())) {
                    throw new RuleRefusedException("imports.refusal.already-applied", confirming.fileName());
                }
                auditTrail.record(new AuditRecord("IMPORT_APPLIED", RECORD_TYPE, confirming.id(), null, null,
                        run.summary(importer.kind(), confirming)));
            } else {
                status.setRollbackOnly();
            }
            return run;
        });
    }

    /** Writes one record; a refusal becomes a problem at its row. Returns whether the next record may be tried. */
    private static boolean write(PlannedRecord planned, WriteLog log, SheetLayout layout, Problems problems) {
        log.atRow(planned.row());
        try {
            planned.write().write(log);
            return true;
        } catch (InvalidInputException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                problems.at(log.row(), layout.columnForField(violation.field()).orElse(planned.column()),
                        violation.messageKey(), shown(violation.arguments().toArray()));
            }
        } catch (OrganizationRefusal refused) {
            problems.at(log.row(), planned.column(), refused.messageKey(), shown(refused.arguments()));
        } catch (RuleRefusedException refused) {
            problems.at(log.row(), planned.column(), refused.messageKey(), shown(refused.arguments().toArray()));
        } catch (AccessRefusedException | RecordNotFoundException refused) {
            problems.at(log.row(), planned.column(), "imports.row.refused", planned.key());
        } catch (DataAccessException conflict) {
            // The session cannot go on after the database refused a statement: report it and try no more rows.
            problems.at(log.row(), planned.column(), "imports.row.conflict", planned.key());
            return false;
        }
        return true;
    }

    private static Object[] shown(Object[] arguments) {
        return Arrays.stream(arguments).map(argument -> argument instanceof LocalDate day ? Days.shown(day) : argument)
                .toArray();
    }

    private Importer allowed(ImportKind kind, Actor actor) {
        Importer importer = importers.get(kind);
        if (importer == null || !importer.mayUse(actor)) {
            throw new AccessRefusedException("imports.refusal.kind", vietnamese.text(kind.messageKey()));
        }
        return importer;
    }

    private List<String> headers(SheetLayout layout) {
        return layout.columns().stream().map(column -> vietnamese.text(column.headerKey())).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("every Java runtime has SHA-256", unavailable);
        }
    }

    private record Run(Problems problems, List<PlannedRecord> plan, List<IssuedPassword> passwords) {

        boolean changes() {
            return plan.stream().anyMatch(planned -> planned.action() != ImportAction.UNCHANGED);
        }

        ImportReport report(ImportKind kind, long uploadId, String fileName, String checksum, boolean applied) {
            List<ImportOutcome> outcomes = plan.stream()
                    .map(planned -> new ImportOutcome(planned.row(), planned.key(), planned.action())).toList();
            return new ImportReport(kind, uploadId, fileName, checksum, applied, problems.all(), outcomes,
                    applied ? passwords : List.of());
        }

        private List<String> keys(ImportAction action) {
            return plan.stream().filter(planned -> planned.action() == action).map(PlannedRecord::key).toList();
        }

        /** What the audit trail keeps of an applied import: the file, its checksum and what it changed. */
        Map<String, Object> summary(ImportKind kind, Upload upload) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("kind", kind.name());
            summary.put("fileName", upload.fileName());
            summary.put("checksum", upload.checksum());
            summary.put("created", keys(ImportAction.CREATE));
            summary.put("updated", keys(ImportAction.UPDATE));
            summary.put("unchanged", keys(ImportAction.UNCHANGED).size());
            return summary;
        }
    }
}
