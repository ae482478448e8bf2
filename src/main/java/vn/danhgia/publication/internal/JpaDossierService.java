package vn.danhgia.publication.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.council.CouncilResults;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
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
import vn.danhgia.publication.DocumentContent;
import vn.danhgia.publication.DocumentUpload;
import vn.danhgia.publication.DocumentView;
import vn.danhgia.publication.DossierService;
import vn.danhgia.publication.DossierView;
import vn.danhgia.scheme.Quarter;

/**
 * The dossier: documents recorded with JPA, their content in the {@link DocumentStorage} through {@link DocumentUploads}. The content is stored
 * before its row is written; a row whose transaction fails leaves content no row names, which is harmless because
 * content is addressed by its checksum. The application's own records (self-assessments, minutes, complaints) are
 * listed beside the documents; self-assessments are read with SQL, as reporting reads other modules' records.
 */
@Service
class JpaDossierService implements DossierService {

    static final String DOCUMENT = "DOSSIER_DOCUMENT";
    private static final Logger log = LoggerFactory.getLogger(JpaDossierService.class);

    private final DossierDocumentRepository documents;
    private final QuarterRatingRepository ratings;
    private final CouncilResults councils;
    private final ComplaintRepository complaints;
    private final JpaComplaintService complaintViews;
    private final DocumentUploads uploads;
    private final UnitAccess unitAccess;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaDossierService(DossierDocumentRepository documents, QuarterRatingRepository ratings,
                      CouncilResults councils, ComplaintRepository complaints,
                      JpaComplaintService complaintViews, DocumentUploads uploads, UnitAccess unitAccess,
                      OrganizationQueries organization, CurrentActor currentActor,
                      AuditTrail audit, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.ratings = ratings;
        this.councils = councils;
        this.complaints = complaints;
        this.complaintViews = complaintViews;
        this.uploads = uploads;
        this.unitAccess = unitAccess;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public DossierView dossier(long unitId, int year, int quarter) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            UnitAccess.Rights rights = keeperRights(actor, unitId, year, quarter);
            List<DossierView.SelfAssessmentRecord> selfAssessments = jdbc.sql("""
                            select s.id, c.code, c.full_name, s.status from self_assessment s
                            join org_cadre c on c.id = s.cadre_id
                            where s.unit_id = :unit and s.period_year = :year and s.period_quarter = :quarter
                            order by c.code, s.id""")
                    .param("unit", unitId).param("year", year).param("quarter", quarter)
                    .query((rs, row) -> new DossierView.SelfAssessmentRecord(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4)))
                    .list();
            List<Long> minutes = councils.closedSessions(unitId, new Quarter(year, quarter));
            List<DossierView.UnitCadre> cadres = organization.cadres(rights.cadres().keySet().stream()
                            .map(CadreId::new).toList()).stream()
                    .map(c -> new DossierView.UnitCadre(c.id().value(), c.code(), c.fullName()))
                    .sorted(Comparator.comparing(DossierView.UnitCadre::code))
                    .toList();
            return new DossierView(unitId, rights.unit().name(), year, quarter, true, selfAssessments, minutes,
                    complaintViews.views(complaints.findOfUnit(unitId, year, quarter)),
                    views(documents.findOfUnit(unitId, year, quarter)), cadres);
        });
    }

    @Override
    public DocumentView upload(long unitId, int year, int quarter, DocumentUpload upload) {
        Actor actor = currentActor.get();
        UnitAccess.Rights rights = reading.execute(status -> keeperRights(actor, unitId, year, quarter));
        List<FieldViolation> violations = new ArrayList<>();
        if (upload.kind() == null) {
            violations.add(FieldViolation.of("kind", "review.document.kindRequired"));
        }
        if (upload.cadreId() != null && !rights.cadres().containsKey(upload.cadreId())) {
            violations.add(FieldViolation.of("cadreId", "review.document.cadreNotOfUnit"));
        }
        String name = DocumentFiles.safeName(upload.originalName());
        var type = DocumentFiles.typeOf(name);
        if (name.isEmpty() || type.isEmpty()) {
            violations.add(FieldViolation.of("file", "review.document.typeNotAllowed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DocumentStorage.Stored stored = checkedAndStored(upload, type.get());
        Long id = writing.execute(status -> {
            DossierDocument document = documents.save(new DossierDocument(unitId, year, quarter, upload.cadreId(),
                    upload.kind(), name, type.get().contentType(), stored.size(), stored.sha256(), stored.key(),
                    actor.username(), clock.instant()));
            DocumentView view = views(List.of(document)).get(0);
            audit.record(new AuditRecord("DOCUMENT_ADDED", DOCUMENT, document.getId(), upload.cadreId(), null, view));
            return document.getId();
        });
        return reading.execute(status -> views(List.of(documents.findById(id).orElseThrow())).get(0));
    }

    /** The upload's content, stored once {@link DocumentUploads} has checked it; a refusal is the file's. */
    private DocumentStorage.Stored checkedAndStored(DocumentUpload upload, DocumentFiles.FileType type) {
        try {
            return uploads.checkAndStore(upload.content(), type);
        } catch (DocumentUploads.Refused refused) {
            throw new InvalidInputException(List.of(switch (refused.reason()) {
                case TOO_LARGE -> FieldViolation.of("file", "review.document.tooLarge", uploads.maxMegabytes());
                case CONTENT_MISMATCH -> FieldViolation.of("file", "review.document.contentMismatch");
                case NOT_AN_OFFICE_FILE -> FieldViolation.of("file", "review.document.notAnOfficeFile");
            }));
        }
    }

    @Override
    public DocumentContent download(long documentId) {
        Actor actor = currentActor.get();
        DocumentView view = reading.execute(status -> {
            DossierDocument document = documents.findById(documentId)
                    .orElseThrow(() -> new RecordNotFoundException(DOCUMENT, documentId));
            boolean aboutSelf = document.cadreId() != null && actor.isCadre(document.cadreId());
            // A document the reader may not read is "not found" even in their own unit: a 403 there would tell the
            // unit's cadres which documents the dossier holds.
            if (!aboutSelf && !unitAccess.of(actor, document.unitId(), document.year(), document.quarter(),
                    ratedCadres(document.unitId(), document.year(), document.quarter())).keeps()) {
                throw new RecordNotFoundException(DOCUMENT, documentId);
            }
            return views(List.of(document)).get(0);
        });
        String key = reading.execute(status -> documents.findById(documentId).orElseThrow().storageKey());
        try {
            return new DocumentContent(view, uploads.readChecked(key, view.sha256(), view.size()));
        } catch (DocumentUploads.Unreadable unreadable) {
            log.error("Dossier document {} ({}) cannot be handed out: its content {} is {}", documentId,
                    view.originalName(), key, unreadable.missing() ? "missing" : "changed");
            throw new RuleRefusedException(unreadable.missing() ? "review.document.missing"
                    : "review.document.checksumMismatch", view.originalName());
        }
    }

    @Override
    public List<DocumentView> mine() {
        Actor actor = currentActor.get();
        return actor.cadreId()
                .map(self -> reading.execute(status -> views(documents.findAboutCadre(self))))
                .orElse(List.of());
    }

    private UnitAccess.Rights keeperRights(Actor actor, long unitId, int year, int quarter) {
        UnitAccess.quarter(year, quarter);
        UnitAccess.Rights rights = unitAccess.of(actor, unitId, year, quarter, ratedCadres(unitId, year, quarter));
        if (!rights.sees()) {
            throw new RecordNotFoundException(UnitAccess.UNIT, unitId);
        }
        if (!rights.keeps()) {
            throw new AccessRefusedException("review.document.notKeeper");
        }
        return rights;
    }

    private List<Long> ratedCadres(long unitId, int year, int quarter) {
        return ratings.findOfUnit(unitId, year, quarter).stream().map(QuarterRating::cadreId).distinct().toList();
    }

    private List<DocumentView> views(List<DossierDocument> found) {
        Map<Long, CadreView> people = organization.cadres(found.stream().map(DossierDocument::cadreId)
                        .filter(Objects::nonNull).distinct().map(CadreId::new).toList()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        return found.stream()
                .map(d -> new DocumentView(d.getId(), d.unitId(), d.year(), d.quarter(), d.cadreId(),
                        d.cadreId() == null ? null : people.get(d.cadreId()).fullName(), d.kind(), d.originalName(),
                        d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt()))
                .toList();
    }
}
