package vn.danhgia.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.review.DocumentContent;
import vn.danhgia.review.DocumentStorage;
import vn.danhgia.review.DocumentUpload;
import vn.danhgia.review.DocumentView;
import vn.danhgia.review.DossierService;
import vn.danhgia.review.DossierView;
import vn.danhgia.review.VoteSessionStatus;

/**
 * The dossier: documents recorded with JPA, their content in the {@link DocumentStorage}. The content is stored
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
    private final CouncilRepository councils;
    private final VoteSessionRepository sessions;
    private final ComplaintRepository complaints;
    private final JpaComplaintService complaintViews;
    private final DocumentStorage storage;
    private final UnitAccess unitAccess;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxBytes;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaDossierService(DossierDocumentRepository documents, QuarterRatingRepository ratings,
                      CouncilRepository councils, VoteSessionRepository sessions, ComplaintRepository complaints,
                      JpaComplaintService complaintViews, DocumentStorage storage, UnitAccess unitAccess,
                      OrganizationQueries organization, CurrentActor currentActor,
                      AuditTrail audit, JdbcClient jdbc, Clock clock,
                      @Value("${danhgia.documents.max-size:20MB}") DataSize maxSize,
                      PlatformTransactionManager transactions) {
        this.documents = documents;
        this.ratings = ratings;
        this.councils = councils;
        this.sessions = sessions;
        this.complaints = complaints;
        this.complaintViews = complaintViews;
        this.storage = storage;
        this.unitAccess = unitAccess;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
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
            List<Long> minutes = councils.findByPeriod(unitId, year, quarter)
                    .map(council -> sessions.findByCouncil(council.getId()).stream()
                            .filter(session -> session.status() == VoteSessionStatus.CLOSED)
                            .map(VoteSession::getId).toList())
                    .orElse(List.of());
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

    /**
     * The upload's content, stored once it has been checked: it is first copied to a temporary file, so that nothing
     * reaches the document store before the whole file is known to be of its type (an Office file is opened in full).
     */
    private DocumentStorage.Stored checkedAndStored(DocumentUpload upload, DocumentFiles.FileType type) {
        Path spooled = null;
        try (InputStream content = upload.content()) {
            spooled = Files.createTempFile("danhgia-upload-", ".part");
            if (Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING) > maxBytes) {
                throw new DocumentStorage.TooLarge(maxBytes);
            }
            Optional<String> refusal = DocumentFiles.refusal(spooled, type);
            if (refusal.isPresent()) {
                throw new InvalidInputException(List.of(FieldViolation.of("file", refusal.get())));
            }
            try (InputStream checked = Files.newInputStream(spooled)) {
                return storage.store(checked, maxBytes);
            }
        } catch (DocumentStorage.TooLarge tooLarge) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "review.document.tooLarge",
                    DataSize.ofBytes(maxBytes).toMegabytes())));
        } catch (IOException failed) {
            throw new UncheckedIOException("could not store an uploaded document", failed);
        } finally {
            deleteSpooled(spooled);
        }
    }

    private static void deleteSpooled(Path spooled) {
        if (spooled == null) {
            return;
        }
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException failed) {
            log.warn("Could not delete the temporary upload {}", spooled, failed);
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
        byte[] bytes;
        try {
            bytes = storage.read(key);
        } catch (NoSuchFileException missing) {
            log.error("Dossier document {} ({}): its content {} is missing from the document store", documentId,
                    view.originalName(), key);
            throw new RuleRefusedException("review.document.missing", view.originalName());
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read document " + documentId, failed);
        }
        String actual = HexFormat.of().formatHex(FilesystemDocumentStorage.sha256().digest(bytes));
        if (!MessageDigest.isEqual(actual.getBytes(), view.sha256().getBytes()) || bytes.length != view.size()) {
            log.error("Dossier document {} ({}): content under {} has SHA-256 {} and {} bytes, recorded {} and {};"
                    + " refused", documentId, view.originalName(), key, actual, bytes.length, view.sha256(),
                    view.size());
            throw new RuleRefusedException("review.document.checksumMismatch", view.originalName());
        }
        return new DocumentContent(view, bytes);
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
