package vn.danhgia.assessment.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.assessment.EvidenceContent;
import vn.danhgia.assessment.EvidenceService;
import vn.danhgia.assessment.EvidenceView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.DocumentFiles;
import vn.danhgia.platform.DocumentStorage;
import vn.danhgia.platform.DocumentUploads;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Evidence recorded with JPA, its content in the document store through {@link DocumentUploads}. The file is checked
 * and stored before its row is written; a row whose transaction fails leaves content no row names, harmless because
 * content is addressed by its checksum. Attaching and removing lock the self-assessment (its version goes up), so
 * neither slips past a submission made at the same moment.
 */
@Service
class JpaEvidenceService implements EvidenceService {

    static final String RECORD_TYPE = "SELF_ASSESSMENT_EVIDENCE";

    private final SelfAssessmentRepository assessments;
    private final SelfAssessmentEvidenceRepository evidence;
    private final DocumentUploads uploads;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaEvidenceService(SelfAssessmentRepository assessments, SelfAssessmentEvidenceRepository evidence,
                       DocumentUploads uploads, AccessScopes access, CurrentActor currentActor, AuditTrail audit,
                       Clock clock, PlatformTransactionManager transactions) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.uploads = uploads;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<EvidenceView> list(long selfAssessmentId) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            visible(assessments.findById(selfAssessmentId), selfAssessmentId, actor);
            return evidence.findByAssessmentIdOrderById(selfAssessmentId).stream()
                    .map(SelfAssessmentEvidence::view).toList();
        });
    }

    @Override
    public EvidenceView attach(long selfAssessmentId, Long taskId, String originalName, InputStream content) {
        Actor actor = currentActor.get();
        reading.executeWithoutResult(status -> {
            SelfAssessment assessment = ownEditable(assessments.findById(selfAssessmentId), selfAssessmentId, actor);
            if (taskId != null && assessment.tasks().stream().noneMatch(task -> taskId.equals(task.getId()))) {
                throw new InvalidInputException(List.of(FieldViolation.of("taskId",
                        "assessment.evidence.error.taskNotOfAssessment")));
            }
        });
        String name = DocumentFiles.safeName(originalName);
        Optional<DocumentFiles.FileType> type = DocumentFiles.typeOf(name);
        if (name.isEmpty() || type.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "assessment.evidence.error.type")));
        }
        DocumentStorage.Stored stored = checkedAndStored(content, type.get());
        Long id = writing.execute(status -> {
            SelfAssessment assessment = ownEditable(assessments.findForChange(selfAssessmentId), selfAssessmentId,
                    actor);
            SelfAssessmentEvidence attached = evidence.save(new SelfAssessmentEvidence(selfAssessmentId, taskId, name,
                    type.get().contentType(), stored.size(), stored.sha256(), stored.key(), actor.username(),
                    clock.instant()));
            audit.record(new AuditRecord("EVIDENCE_ATTACHED", RECORD_TYPE, attached.getId(), assessment.cadreId(),
                    null, attached.view()));
            return attached.getId();
        });
        return reading.execute(status -> evidence.findById(id).orElseThrow().view());
    }

    private DocumentStorage.Stored checkedAndStored(InputStream content, DocumentFiles.FileType type) {
        try {
            return uploads.checkAndStore(content, type);
        } catch (DocumentUploads.Refused refused) {
            throw new InvalidInputException(List.of(switch (refused.reason()) {
                case TOO_LARGE -> FieldViolation.of("file", "assessment.evidence.error.tooLarge",
                        uploads.maxMegabytes());
                case CONTENT_MISMATCH -> FieldViolation.of("file", "assessment.evidence.error.contentMismatch");
                case NOT_AN_OFFICE_FILE -> FieldViolation.of("file", "assessment.evidence.error.notAnOfficeFile");
            }));
        }
    }

    @Override
    public EvidenceContent download(long selfAssessmentId, long evidenceId) {
        Actor actor = currentActor.get();
        SelfAssessmentEvidence found = reading.execute(status -> {
            visible(assessments.findById(selfAssessmentId), selfAssessmentId, actor);
            return ofAssessment(selfAssessmentId, evidenceId);
        });
        EvidenceView view = found.view();
        try {
            return new EvidenceContent(view, uploads.readChecked(found.storageKey(), view.sha256(), view.size()));
        } catch (DocumentUploads.Unreadable unreadable) {
            throw new RuleRefusedException(unreadable.missing() ? "assessment.evidence.error.missing"
                    : "assessment.evidence.error.checksumMismatch", view.originalName());
        }
    }

    @Override
    public void remove(long selfAssessmentId, long evidenceId) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            SelfAssessment assessment = ownEditable(assessments.findForChange(selfAssessmentId), selfAssessmentId,
                    actor);
            SelfAssessmentEvidence removed = ofAssessment(selfAssessmentId, evidenceId);
            evidence.delete(removed);
            audit.record(new AuditRecord("EVIDENCE_REMOVED", RECORD_TYPE, evidenceId, assessment.cadreId(),
                    removed.view(), null));
        });
    }

    private SelfAssessmentEvidence ofAssessment(long selfAssessmentId, long evidenceId) {
        return evidence.findById(evidenceId).filter(found -> found.assessmentId() == selfAssessmentId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, evidenceId));
    }

    /** The cadre's own self-assessment while it may still change; readers who are not the cadre are refused. */
    private SelfAssessment ownEditable(Optional<SelfAssessment> found, long id, Actor actor) {
        SelfAssessment assessment = visible(found, id, actor);
        if (!actor.isCadre(assessment.cadreId())) {
            throw new AccessRefusedException("assessment.evidence.refusal.notOwner");
        }
        assessment.requireEditable();
        return assessment;
    }

    /** As for the self-assessment itself: outside the reader's scope it is "not found", as if it did not exist. */
    private SelfAssessment visible(Optional<SelfAssessment> found, long id, Actor actor) {
        return found.filter(assessment -> access.canSee(actor, new CadreId(assessment.cadreId()),
                        LocalDate.now(clock)))
                .orElseThrow(() -> new RecordNotFoundException(JpaSelfAssessmentService.RECORD_TYPE, id));
    }
}
