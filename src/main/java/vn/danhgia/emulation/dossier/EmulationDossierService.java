package vn.danhgia.emulation.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.emulation.ClosedReview;
import vn.danhgia.emulation.EmulationDossiers;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;

/**
 * A unit's proposal dossier (seed 003 §IV): prepared from the unit's closed review meeting and sent by the unit head
 * to the personnel office by the calendar's day, late after it; the office returns it with a reason and the unit sends
 * it again. Readers outside the unit's keepers get 404; a keeper who may not send or return gets 403. Every change is
 * audited with the dossier's state before and after.
 */
@Service
public class EmulationDossierService implements EmulationDossiers {

    public static final String RECORD_TYPE = "EMULATION_DOSSIER";
    private static final int MAX_REASON = 1000;

    private final EmulationDossierRepository dossiers;
    private final ReviewRecords reviews;
    private final ChosenNominations chosen;
    private final DossierDeadlines deadlines;
    private final DossierAccess access;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    EmulationDossierService(EmulationDossierRepository dossiers, ReviewRecords reviews, ChosenNominations chosen,
                            DossierDeadlines deadlines, DossierAccess access, OrganizationQueries organization,
                            CurrentActor currentActor, AuditTrail audit, Clock clock,
                            PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.reviews = reviews;
        this.chosen = chosen;
        this.deadlines = deadlines;
        this.access = access;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The unit's dossier for the year with the nominations its meeting chose; 404 outside the reader's keeping. */
    public UnitDossierView dossier(long unitId, int year) {
        Actor actor = currentActor.get();
        return reading.execute(status -> view(actor, keptUnit(actor, unitId, year), year));
    }

    /** The units whose dossier the reader sends as one of their leaders (the office reads the consolidation). */
    public List<UnitView> ledUnits(int year) {
        return access.ledUnits(currentActor.get(), year);
    }

    /** Whether the reader is of the personnel office (or an administrator), who reads the consolidation. */
    public boolean readsConsolidation() {
        return access.isOffice(currentActor.get());
    }

    /**
     * The unit head sends the dossier to the personnel office: prepared from the closed review the first time, sent
     * again after a return. Late when today is after the calendar's last day for the dossiers.
     *
     * @param expectedVersion the version the sender saw; null for a dossier not yet prepared
     */
    public UnitDossierView send(long unitId, int year, Long expectedVersion) {
        Actor actor = currentActor.get();
        return writing.execute(status -> {
            UnitView unit = keptUnit(actor, unitId, year);
            if (!access.sends(actor, unitId, year)) {
                throw new AccessRefusedException("emulationdossier.refused.not-sender");
            }
            ReviewRecords.Review review = reviews.of(unitId, year).filter(ReviewRecords.Review::closed)
                    .orElseThrow(() -> new RuleRefusedException("emulationdossier.refused.review-not-closed"));
            Optional<EmulationDossier> found = dossiers.findByUnitIdAndYear(unitId, year);
            found.ifPresent(dossier -> checkVersion(dossier, expectedVersion));
            EmulationDossier dossier = found.orElseGet(() -> EmulationDossier.prepared(unitId, year, review.id(),
                    actor.username(), clock.instant()));
            EmulationDossier.State before = found.map(EmulationDossier::state).orElse(null);
            LocalDate today = LocalDate.now(clock);
            boolean late = deadlines.lastDayInTime(unitId, year).map(today::isAfter).orElse(false);
            dossier.send(actor.username(), clock.instant(), late);
            EmulationDossier saved = dossiers.saveAndFlush(dossier);
            audit.record(new AuditRecord("EMULATION_DOSSIER_SENT", RECORD_TYPE, saved.getId(), null, before,
                    saved.state()));
            return view(actor, unit, year);
        });
    }

    /** The personnel office serving the unit returns the sent dossier, saying what to change. */
    public UnitDossierView returnForRevision(long unitId, int year, String reason, Long expectedVersion) {
        Actor actor = currentActor.get();
        String text = reason == null ? "" : reason.strip();
        return writing.execute(status -> {
            UnitView unit = keptUnit(actor, unitId, year);
            if (!access.receives(actor, unitId, year)) {
                throw new AccessRefusedException("emulationdossier.refused.not-office");
            }
            if (text.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.of("reason",
                        "emulationdossier.reason.required")));
            }
            if (text.length() > MAX_REASON) {
                throw new InvalidInputException(List.of(FieldViolation.of("reason",
                        "emulationdossier.reason.tooLong", MAX_REASON)));
            }
            EmulationDossier dossier = dossiers.findByUnitIdAndYear(unitId, year)
                    .orElseThrow(() -> new RuleRefusedException("emulationdossier.refused.not-returnable"));
            checkVersion(dossier, expectedVersion);
            EmulationDossier.State before = dossier.state();
            dossier.returnForRevision(actor.username(), clock.instant(), text);
            EmulationDossier saved = dossiers.saveAndFlush(dossier);
            audit.record(new AuditRecord("EMULATION_DOSSIER_RETURNED", RECORD_TYPE, saved.getId(), null, before,
                    saved.state()));
            return view(actor, unit, year);
        });
    }

    @Override
    public ClosedReview closedReview(long unitId, int year) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            UnitView unit = keptUnit(actor, unitId, year);
            ReviewRecords.Review review = reviews.of(unitId, year).filter(ReviewRecords.Review::closed)
                    .orElseThrow(() -> new RuleRefusedException("emulationdossier.refused.review-not-closed"));
            return new ClosedReview(review.id(), unitId, unit.name(), year, review.heldOn(), review.councilMembers(),
                    review.chair(), review.secretary(), review.minutes(), review.closedAt());
        });
    }

    private UnitDossierView view(Actor actor, UnitView unit, int year) {
        long unitId = unit.id().value();
        Optional<ReviewRecords.Review> review = reviews.of(unitId, year);
        String reviewState = review.map(r -> r.closed() ? "CLOSED" : "OPEN").orElse("NONE");
        Optional<EmulationDossier> dossier = dossiers.findByUnitIdAndYear(unitId, year);
        EmulationDossierStatus state = dossier.map(EmulationDossier::status).orElse(null);
        boolean sendable = review.map(ReviewRecords.Review::closed).orElse(false)
                && (state == null || state == EmulationDossierStatus.DRAFT || state == EmulationDossierStatus.RETURNED);
        return new UnitDossierView(unitId, unit.name(), year, reviewState, state,
                dossier.map(EmulationDossier::late).orElse(false), dossier.map(EmulationDossier::sentBy).orElse(null),
                dossier.map(EmulationDossier::sentAt).orElse(null),
                dossier.map(EmulationDossier::returnedBy).orElse(null),
                dossier.map(EmulationDossier::returnedAt).orElse(null),
                dossier.map(EmulationDossier::returnReason).orElse(null),
                deadlines.lastDayInTime(unitId, year).orElse(null), chosen.of(List.of(unit), year),
                dossier.map(EmulationDossier::version).orElse(null),
                sendable && access.sends(actor, unitId, year),
                state == EmulationDossierStatus.SENT && access.receives(actor, unitId, year));
    }

    private UnitView keptUnit(Actor actor, long unitId, int year) {
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        if (!access.keeps(actor, unitId, year)) {
            throw new RecordNotFoundException("UNIT", unitId);
        }
        return unit;
    }

    /**
     * A version read is compared when given; without one the state machine still serializes the steps (send only a
     * draft or a returned dossier, return only a sent one) and the row's own version guards concurrent writes.
     */
    private static void checkVersion(EmulationDossier dossier, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != dossier.version()) {
            throw new ObjectOptimisticLockingFailureException(EmulationDossier.class, dossier.getId());
        }
    }
}
